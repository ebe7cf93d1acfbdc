import type { CbamCodeRow } from '@/domain/cbam/cbam-code-schema';
import { ALUMINIUM_CODES } from './codes-aluminium';
import { NOT_COVERED_CODES } from './codes-not-covered';
import { OTHER_SECTOR_CODES } from './codes-other-sectors';
import { STEEL_7201_7217_CODES } from './codes-steel-72a';
import { STEEL_7218_7229_CODES } from './codes-steel-72b';
import { STEEL_ARTICLE_CODES } from './codes-steel-73';

/**
 * The CBAM code table: every CN code with a China default value in Implementing Regulation (EU) 2025/2621,
 * its CBAM benchmarks, and the neighbouring codes CBAM does not cover. Validated by cbam-codes.test.ts.
 */
export const CBAM_CODES: readonly CbamCodeRow[] = [
  ...OTHER_SECTOR_CODES,
  ...STEEL_7201_7217_CODES,
  ...STEEL_7218_7229_CODES,
  ...STEEL_ARTICLE_CODES,
  ...ALUMINIUM_CODES,
  ...NOT_COVERED_CODES,
];

const byCode = new Map(CBAM_CODES.map((r) => [r.code, r]));

/** The row of a CN code exactly as the table keys it, or undefined. */
export function cbamCodeRow(code: string): CbamCodeRow | undefined {
  return byCode.get(code);
}
