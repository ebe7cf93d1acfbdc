/** First-strong isolate … pop directional isolate: a file or firm name cannot reorder the sentence around it. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Shortens text from a file used inside labels and messages (a huge name must not become a huge label). */
export function clipLabel(text: string, max = 80): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}

/** A size in megabytes through Intl ("5 MB"). */
export function formatMegabytes(lng: string, bytes: number): string {
  return new Intl.NumberFormat(lng, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}
