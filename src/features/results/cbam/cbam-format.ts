import { formatAmount, formatDate, formatPercent } from '@/lib/format';

/** A plain number with at most `digits` decimals (house grouping: 4670 in Chinese, 4,670 in English). */
export function num(lng: string, n: number, digits = 0): string {
  return formatAmount(lng, n, digits);
}

/** An amount of money in EUR or CNY with at most `digits` decimals. */
export function money(lng: string, n: number, currency: 'EUR' | 'CNY', digits = 0): string {
  return formatAmount(lng, n, digits, currency);
}

/** A share as a percentage. */
export function percent(lng: string, share: number): string {
  return formatPercent(lng, share, 1);
}

/** An ISO date (YYYY-MM-DD) in the interface language, long form. */
export function isoDate(lng: string, iso: string): string {
  return formatDate(lng, Date.parse(`${iso}T12:00:00Z`), 'long');
}

/** The space between a number and its unit: none in Chinese ("50吨/年"), one in English ("50 t per year"). */
export function gap(lng: string): string {
  return lng.startsWith('zh') ? '' : ' ';
}
