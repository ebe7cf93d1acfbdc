import { instrument } from '@/content/instrument';
import { advise } from '@/content/recommendations/advise';
import type { Answers, Assessment } from '@/domain/assessment/assessment';
import { cbamCodeRow } from '@/content/cbam';
import { CBAM_CONSTANTS } from '@/content/cbam/cbam-constants-2026';
import { productFamily } from '@/content/cbam/product-families';
import { inputForCode, latestPublishedPrice } from '@/domain/cbam/code-input';
import { estimateCbam, type CbamEstimateResult } from '@/domain/cbam/estimate-cbam';
import { profileProduct, type ProductBasis } from '@/domain/cbam/profile-product';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { referenceResults } from '@/lib/reference-results';

/** At most this many recommendations make the printed action plan (a board reads one page, not twenty). */
export const ACTION_PLAN_SIZE = 8;

/** The CBAM summary: the estimate from the profile's product family (or, labelled, its sector), at official values. */
export interface CbamSummary {
  /** Null when the profile names neither a product family nor a CBAM sector. */
  estimate: CbamEstimateResult | null;
  /** 'family' (a family-level estimate), 'sector_fallback' (older profiles: industry only) or 'none'. */
  basis: ProductBasis;
  familyId: string | null;
  /** The CN code the figures use: the family's representative, or the sector's fallback. */
  code: string | null;
  /** False when the profile gives no usable tonnage and the default quantity was assumed. */
  tonnesFromProfile: boolean;
  /** The 2026 quarter whose published certificate price is used. */
  quarter: number;
  /** The assumed exchange rate, CNY per EUR. */
  cnyPerEur: number;
}

/** Everything the report prints, derived from the answers alone. */
export interface ReportData {
  result: ScoreResult;
  plan: Recommendation[];
  /** Present only when the profile says the firm exports CBAM goods to the EU. */
  cbam: CbamSummary | null;
  references: { id: string; result: ScoreResult }[];
}

// Scored once per session by the same engine as the firm; never hard-coded coordinates.
function references(): ReportData['references'] {
  return [...referenceResults()];
}

/** The CBAM estimate from the profile's family (or sector) and tonnes at official values, 2026, latest quarter; null when not exposed. */
export function cbamSummary(answers: Answers): CbamSummary | null {
  const c = CBAM_CONSTANTS;
  const p = profileProduct(answers, { representativeOf: (id) => productFamily(id)?.representative, row: cbamCodeRow, constants: c });
  if (!p.exposed) return null;
  const latest = latestPublishedPrice(c);
  const input = p.row
    ? inputForCode(p.row, c, { tonnesPerYear: p.tonnes ?? 1000, year: c.certificatePrices.year, quarter: latest.quarter, verifiedEmissions: null, route: null })
    : null;
  return {
    estimate: input ? estimateCbam(input, c) : null,
    basis: p.basis,
    familyId: p.familyId,
    code: p.row?.code ?? null,
    tonnesFromProfile: p.tonnes !== null,
    quarter: latest.quarter,
    cnyPerEur: c.cnyPerEur.value,
  };
}

/** Scores the assessment and picks what the report shows: the top of the action plan, CBAM when exposed. */
export function buildReportData(assessment: Pick<Assessment, 'answers'>): ReportData {
  const result = scoreAssessment(instrument, assessment.answers);
  return {
    result,
    plan: advise(result, assessment.answers).slice(0, ACTION_PLAN_SIZE),
    cbam: cbamSummary(assessment.answers),
    references: references(),
  };
}
