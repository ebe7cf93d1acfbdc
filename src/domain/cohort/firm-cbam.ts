import type { Answers } from '../assessment/assessment';
// The cohort aggregator receives the instrument and rules from its callers; the CBAM code table would need threading
// through every caller of firmFigures, so this one reader of it takes the content directly. Content depends on the
// domain's schema files only, so there is no cycle.
import { cbamCodeRow } from '@/content/cbam';
import { CBAM_CONSTANTS } from '@/content/cbam/cbam-constants-2026';
import { productFamily } from '@/content/cbam/product-families';
import { inputForCode, latestPublishedPrice } from '../cbam/code-input';
import { estimateCbam } from '../cbam/estimate-cbam';
import { profileProduct, type ProductBasis } from '../cbam/profile-product';
import { unitOf, type CbamSector, type CbamUnit } from '../cbam/cbam-sectors';

/** One firm's CBAM exposure as the cohort view counts it; every cost is an ESTIMATE from official default values. */
export interface FirmCbam {
  /** The profile says the firm exports CBAM-covered goods to the EU, or names a CBAM product family. */
  exposed: boolean;
  /** 'family' when the profile names a product family: only those firms are estimated. */
  basis: ProductBasis;
  /** The sector of the family (or of the industry, for older assessments), else null. */
  sector: CbamSector | null;
  /** Quantity a year stated in the profile (t, or MWh for electricity), or null when not given. */
  quantity: number | null;
  unit: CbamUnit;
  /**
   * Yearly cost range in EUR and CNY at the family's representative CN code: low = verified data equal to China's
   * default value without mark-up, high = the official default value with its mark-up (no carbon accounting).
   * Null unless the profile names a product family and a quantity.
   */
  cost: { lowEur: number; highEur: number; lowCny: number; highCny: number } | null;
}

/** The inputs every firm's estimate uses: 2026 imports at the latest published quarterly price, the assumed rate. */
export const FIRM_CBAM_ASSUMPTIONS = {
  year: CBAM_CONSTANTS.certificatePrices.year,
  quarter: latestPublishedPrice(CBAM_CONSTANTS).quarter,
  certificatePriceEur: latestPublishedPrice(CBAM_CONSTANTS).eur,
  cnyPerEur: CBAM_CONSTANTS.cnyPerEur.value,
} as const;

const LOOKUP = { representativeOf: (id: string) => productFamily(id)?.representative, row: cbamCodeRow, constants: CBAM_CONSTANTS };

/**
 * Reads a firm's CBAM exposure from its profile and estimates its yearly cost from the official values of its
 * product family's representative CN code (no carbon price paid at origin). Firms without a product family are
 * counted but not estimated: the workshop total sums only official-value estimates.
 */
export function firmCbam(answers: Answers): FirmCbam {
  const p = profileProduct(answers, LOOKUP);
  const sector = p.row?.sector ?? null;
  const base = { exposed: p.exposed, basis: p.basis, sector, quantity: p.tonnes, unit: sector ? unitOf(sector) : ('tonne' as CbamUnit) };
  if (!p.exposed) return { ...base, sector: null, quantity: null, basis: 'none', cost: null };
  if (p.basis !== 'family' || !p.row || p.tonnes === null) return { ...base, cost: null };
  const a = FIRM_CBAM_ASSUMPTIONS;
  const input = inputForCode(p.row, CBAM_CONSTANTS, { tonnesPerYear: p.tonnes, year: a.year, quarter: a.quarter, verifiedEmissions: null, route: null });
  const estimate = input ? estimateCbam(input, CBAM_CONSTANTS) : null;
  if (!estimate?.ok) return { ...base, cost: null };
  return {
    ...base,
    cost: {
      lowEur: estimate.verified.costPerYearEur,
      highEur: estimate.defaultValue.costPerYearEur,
      lowCny: estimate.verified.costPerYearCny,
      highCny: estimate.defaultValue.costPerYearCny,
    },
  };
}
