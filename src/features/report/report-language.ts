import { LANGUAGES, isLanguage, type Language } from '@/lib/i18n/languages';

/** The language a report is printed in: one of the interface languages, or both side by side. */
export type ReportLanguage = Language | 'both';

export const REPORT_LANGUAGES: readonly ReportLanguage[] = [...LANGUAGES, 'both'];

/** Reads `?lang=`; anything unknown (or nothing) gives the current interface language. */
export function parseReportLanguage(raw: string | null, fallback: Language): ReportLanguage {
  if (raw === 'both' || isLanguage(raw)) return raw;
  return fallback;
}

/** The columns a report shows, left to right: English then Chinese when both. */
export function reportColumns(choice: ReportLanguage): Language[] {
  return choice === 'both' ? [...LANGUAGES] : [choice];
}
