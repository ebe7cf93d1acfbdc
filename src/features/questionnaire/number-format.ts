// Intl formatters are costly to build (a fraction of a millisecond each, several times that on a slow
// phone) and the progress and step list show a dozen figures that change on every answer; so each
// formatter is built once per language and kept.
const cache = new Map<string, Intl.NumberFormat>();

function formatter(lng: string, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${lng}|${style}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lng, { style, maximumFractionDigits: 0 });
    cache.set(key, f);
  }
  return f;
}

/** A whole number in the interface language. */
export const formatCount = (lng: string, n: number): string => formatter(lng, 'decimal').format(n);

/** A share (0–1) as a whole percentage in the interface language. */
export const formatShare = (lng: string, share: number): string => formatter(lng, 'percent').format(share);
