import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import type { Answers, Assessment } from '@/domain/assessment/assessment';
import { isCbamSector, type CbamSector } from '@/domain/cbam/cbam-rules';
import { defaultCbamInput, estimateCbam, type CbamEstimateResult } from '@/domain/cbam/estimate-cbam';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import { recommend } from '@/domain/recommendations/recommend';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { referenceResults } from '@/lib/reference-results';

/** At most this many recommendations make the printed action plan (a board reads one page, not twenty). */
export const ACTION_PLAN_SIZE = 8;

/** The CBAM summary: the estimate and which of its starting figures came from the profile. */
export interface CbamSummary {
  estimate: CbamEstimateResult;
  sector: CbamSector;
  /** False when the profile's industry is not a CBAM sector and iron and steel was assumed. */
  sectorFromProfile: boolean;
  /** False when the profile gives no usable tonnage and the default quantity was assumed. */
  tonnesFromProfile: boolean;
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

/** The CBAM estimate from the profile's sector and tonnes with every other input at its default; null when not exposed. */
export function cbamSummary(answers: Answers): CbamSummary | null {
  const goods = answers['profile.cbam_goods'];
  if (goods?.value !== 'yes' || goods.dontKnow) return null;
  const industry = answers['profile.industry']?.value;
  const sector: CbamSector = isCbamSector(industry) ? industry : 'iron_steel';
  const tonnes = answers['profile.cbam_tonnes']?.value;
  const tonnesFromProfile = typeof tonnes === 'number' && Number.isFinite(tonnes) && tonnes >= 0;
  const input = defaultCbamInput(sector);
  return {
    estimate: estimateCbam(tonnesFromProfile ? { ...input, tonnesPerYear: tonnes } : input),
    sector,
    sectorFromProfile: isCbamSector(industry),
    tonnesFromProfile,
    cnyPerEur: input.cnyPerEur,
  };
}

/** Scores the assessment and picks what the report shows: the top of the action plan, CBAM when exposed. */
export function buildReportData(assessment: Pick<Assessment, 'answers'>): ReportData {
  const result = scoreAssessment(instrument, assessment.answers);
  return {
    result,
    plan: recommend(result, assessment.answers, instrument, RULES).slice(0, ACTION_PLAN_SIZE),
    cbam: cbamSummary(assessment.answers),
    references: references(),
  };
}
