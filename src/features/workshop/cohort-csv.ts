import type { FirmFigures } from '@/domain/cohort/firm-figures';
import { DIMENSIONS } from '@/domain/instrument/vocabulary';
import { fileNamePart, localDate } from '@/domain/exchange/exchange-file-name';
import { toCsv } from '@/domain/export/csv';
import type { LooseT } from './bilingual';

/** Scores with one decimal, shares with three: plain numbers (dot decimal) that any spreadsheet reads. */
const one = (x: number) => Math.round(x * 10) / 10;
const three = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The cohort CSV's rows: a header in the interface language, then one row per firm in import order:
 * label (letter, or name when names are shown), rung, provisional, T, R, quadrant, the eight
 * dimension scores, share answered.
 */
export function cohortCsvRows(figures: readonly FirmFigures[], labels: ReadonlyMap<string, string>, t: LooseT): (string | number)[][] {
  const header = [
    t('workshop:csv.firm'),
    t('workshop:csv.rung'),
    t('workshop:csv.provisional'),
    t('workshop:csv.T'),
    t('workshop:csv.R'),
    t('workshop:csv.quadrant'),
    ...DIMENSIONS.map((d) => t(`instrument:dimensionShort.${d}`)),
    t('workshop:csv.answeredShare'),
  ];
  const rows = figures.map((f) => [
    labels.get(f.id) ?? '',
    t(`instrument:rungs.${f.rung}.name`),
    t(f.provisional ? 'workshop:csv.yes' : 'workshop:csv.no'),
    one(f.T),
    one(f.R),
    t(`instrument:quadrants.${f.quadrant}.name`),
    ...DIMENSIONS.map((d) => one(f.dimensions[d])),
    three(f.answeredShare),
  ]);
  return [header, ...rows];
}

/** The cohort CSV text (UTF-8 with BOM, CRLF, formula-safe cells: opens in Excel with Chinese text). */
export function cohortCsv(figures: readonly FirmFigures[], labels: ReadonlyMap<string, string>, t: LooseT): string {
  return toCsv(cohortCsvRows(figures, labels, t));
}

/** `chuhai-cohort-<cohort name>-<yyyy-mm-dd>.csv`. */
export function cohortCsvFileName(cohortName: string, at: number): string {
  return `chuhai-cohort-${fileNamePart(cohortName)}-${localDate(at)}.csv`;
}
