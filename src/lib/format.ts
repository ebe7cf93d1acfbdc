/** Number and date formatting through Intl, in the interface language. */
export function formatDate(lng: string, ms: number, style: 'medium' | 'long' = 'medium'): string {
  return new Intl.DateTimeFormat(lng, { dateStyle: style }).format(ms);
}

export function formatNumber(lng: string, n: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(lng, { maximumFractionDigits }).format(n);
}

export function formatPercent(lng: string, share: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits }).format(share);
}

export function formatCurrency(lng: string, amount: number, currency: 'EUR' | 'CNY', maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(lng, { style: 'currency', currency, maximumFractionDigits }).format(amount);
}
