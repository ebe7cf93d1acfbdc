import { CBAM_CODES, cbamCodeRow } from '@/content/cbam';
import { CBAM_CONSTANTS } from '@/content/cbam/cbam-constants-2026';
import { productFamily } from '@/content/cbam/product-families';
import type { CbamCodeRow } from '@/domain/cbam/cbam-code-schema';
import type { ProfileLookup } from '@/domain/cbam/profile-product';

/** The CBAM content the panel works from, in one place: code table, dated constants, families. */
export const CBAM = { codes: CBAM_CODES, constants: CBAM_CONSTANTS, row: cbamCodeRow } as const;

/** How profile answers are read into a product (family representative, or the sector's fallback code). */
export const PROFILE_LOOKUP: ProfileLookup = {
  representativeOf: (id) => productFamily(id)?.representative,
  row: cbamCodeRow,
  constants: CBAM_CONSTANTS,
};

/** The sector's fallback code, whose official value stands in where a row has none. */
export function fallbackRowOf(row: CbamCodeRow): CbamCodeRow | undefined {
  return cbamCodeRow(CBAM_CONSTANTS.sectorFallback.codes[row.sector]);
}

/** "731815" → "7318 15": CN codes are read in groups of 4, 2, 2 (and 2 for TARIC). */
export function formatCnCode(code: string): string {
  return [code.slice(0, 4), code.slice(4, 6), code.slice(6, 8), code.slice(8, 10)].filter(Boolean).join(' ');
}
