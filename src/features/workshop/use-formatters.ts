import { useMemo } from 'react';
import { dateLocale } from '@/lib/format';

/** Number and date formatting for long tables: one Intl object per format, not one per cell. */
export interface Formatters {
  number: (x: number) => string;
  /** One decimal at most. */
  decimal: (x: number) => string;
  percent: (share: number) => string;
  date: (ms: number) => string;
}

/**
 * Formatters for the interface language. Building an Intl formatter costs far more than using one,
 * and a cohort table of 500 firms has thousands of cells.
 */
export function useFormatters(lng: string): Formatters {
  return useMemo(() => {
    const number = new Intl.NumberFormat(lng, { maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(lng, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 });
    const date = new Intl.DateTimeFormat(dateLocale(lng), { dateStyle: 'medium' });
    return {
      number: (x) => number.format(x),
      decimal: (x) => decimal.format(x),
      percent: (x) => percent.format(x),
      date: (ms) => date.format(ms),
    };
  }, [lng]);
}
