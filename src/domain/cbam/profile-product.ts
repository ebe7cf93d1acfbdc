import type { Answers } from '../assessment/assessment';
import { hasValue } from '../assessment/answer-value';
import type { CbamCodeRow } from './cbam-code-schema';
import type { CbamConstants } from './cbam-constants-schema';
import { isCbamSector } from './cbam-sectors';

/** What the CBAM figures of a profile rest on: its product family, only its industry (a sector fallback), or nothing. */
export type ProductBasis = 'family' | 'sector_fallback' | 'none';

/** The product a firm's profile points to, for the panel's starting figures, the report and the workshop. */
export interface ProfileProduct {
  /** The profile says the firm exports CBAM goods to the EU, or names a CBAM product family. */
  exposed: boolean;
  basis: ProductBasis;
  /** The `profile.cbam_product` option id when given. */
  familyId: string | null;
  /** The family's representative code, or the sector's fallback code; null when neither is known. */
  row: CbamCodeRow | null;
  /** Tonnes (MWh for electricity) a year from `profile.cbam_tonnes`, or null when not given. */
  tonnes: number | null;
}

/** How the profile's answers are looked up: families and codes are content, passed in. */
export interface ProfileLookup {
  representativeOf: (familyId: string) => string | undefined;
  row: (code: string) => CbamCodeRow | undefined;
  constants: CbamConstants;
}

/**
 * Reads the CBAM product of a profile: `profile.cbam_product` (a family, estimated from its representative code),
 * else `profile.industry` when it is a CBAM sector (the sector's fallback code, labelled a fallback), else nothing.
 * Older assessments have no `profile.cbam_product`; they fall back on the industry.
 */
export function profileProduct(answers: Answers, lookup: ProfileLookup): ProfileProduct {
  const product = answers['profile.cbam_product'];
  const family = hasValue(product) && typeof product!.value === 'string' ? product!.value : null;
  const representative = family ? lookup.representativeOf(family) : undefined;
  const goods = answers['profile.cbam_goods'];
  const exposed = (hasValue(goods) && goods!.value === 'yes') || representative !== undefined;
  const raw = answers['profile.cbam_tonnes'];
  const t = hasValue(raw) ? raw!.value : undefined;
  const tonnes = typeof t === 'number' && Number.isFinite(t) && t >= 0 ? t : null;
  if (representative) {
    const row = lookup.row(representative);
    if (row) return { exposed, basis: 'family', familyId: family, row, tonnes };
  }
  const industry = answers['profile.industry'];
  const sector = hasValue(industry) && isCbamSector(industry!.value) ? industry!.value : null;
  const fallback = sector ? lookup.row(lookup.constants.sectorFallback.codes[sector]) : undefined;
  if (fallback) return { exposed, basis: 'sector_fallback', familyId: null, row: fallback, tonnes };
  return { exposed, basis: 'none', familyId: null, row: null, tonnes };
}
