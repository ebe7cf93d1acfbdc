/** Number and date formatting through Intl, in the interface language. */

// Building an Intl formatter costs far more than using one; long tables format thousands of cells.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/**
 * The locale dates are written in: the browser's own variant of the interface language when the interface
 * language names none (a British browser with the English interface writes 4 Dec 2026, an American one
 * Dec 4, 2026); otherwise the interface language itself (zh-CN). Index.html warms the same locale up.
 */
export function dateLocale(lng: string, preferred: readonly string[] = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [])): string {
  if (lng.includes('-')) return lng;
  return preferred.find((l) => l.split('-')[0]?.toLowerCase() === lng.toLowerCase()) ?? lng;
}

export function formatDate(lng: string, ms: number, style: 'medium' | 'long' = 'medium'): string {
  const locale = dateLocale(lng);
  return cached(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, { dateStyle: style })).format(ms);
}

/** A value that rounds to zero at the digits shown is shown as 0, never as “−0”. */
const noNegativeZero = (n: number, digits: number) => (Number(n.toFixed(Math.min(100, Math.max(0, digits)))) === 0 ? 0 : n);

/** Date and time of day ("4 Dec 2026, 09:30"): tells apart two assessments made the same day. */
export function formatDateTime(lng: string, ms: number): string {
  const locale = dateLocale(lng);
  return cached(`dt|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(ms);
}

export function formatNumber(lng: string, n: number, maximumFractionDigits = 0): string {
  return cached(`n|${lng}|${maximumFractionDigits}`, () => new Intl.NumberFormat(lng, { maximumFractionDigits })).format(noNegativeZero(n, maximumFractionDigits));
}

export function formatPercent(lng: string, share: number, maximumFractionDigits = 0): string {
  return cached(`p|${lng}|${maximumFractionDigits}`, () => new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits })).format(share);
}

export function formatCurrency(lng: string, amount: number, currency: 'EUR' | 'CNY', maximumFractionDigits = 0): string {
  return cached(`c|${lng}|${currency}|${maximumFractionDigits}`, () =>
    new Intl.NumberFormat(lng, { style: 'currency', currency, maximumFractionDigits }),
  ).format(amount);
}

/**
 * A number, or an amount of money, in the house style: in Chinese no thousands separator below five digits
 * (4670元, 12,000元), which Intl's 'min2' grouping gives; in English the usual grouping.
 */
export function formatAmount(lng: string, n: number, maximumFractionDigits = 0, currency?: 'EUR' | 'CNY'): string {
  return cached(`h|${lng}|${currency ?? ''}|${maximumFractionDigits}`, () => {
    const grouping = lng.startsWith('zh') ? ({ useGrouping: 'min2' } as unknown as Intl.NumberFormatOptions) : {};
    return new Intl.NumberFormat(lng, { ...(currency ? { style: 'currency', currency } : {}), maximumFractionDigits, ...grouping });
  }).format(n);
}

/** "A, B and C" / "A、B和C" in the language's own way (Intl.ListFormat). */
export function formatList(lng: string, items: readonly string[]): string {
  return new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' }).format(items);
}
