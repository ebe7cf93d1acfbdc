/** First-strong isolate … pop directional isolate: user text inside a sentence cannot reorder the sentence (RTL overrides). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Shortens user text used inside labels and messages (a 100 kB name must not become a 100 kB button name). */
export function clipLabel(text: string, max = 80): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}


/** A size in megabytes through Intl ("5 MB", "6.2 MB"). */
export function formatMegabytes(lng: string, bytes: number): string {
  return new Intl.NumberFormat(lng, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}
