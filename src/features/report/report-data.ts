import { instrument } from '@/content/instrument';
import { advise } from '@/content/recommendations/advise';
import type { Answers, Assessment, Scenario } from '@/domain/assessment/assessment';
import { RULES } from '@/content/recommendations';
import { changeOf, type ActionChange } from '@/domain/planner/action-change';
import { liveScenarios } from '@/domain/planner/merge-scenarios';
import { roadmapTo, type Roadmap } from '@/domain/planner/roadmap';
import { evaluateScenario, type ScenarioOutcome } from '@/domain/planner/scenario';
import { cbamCodeRow } from '@/content/cbam';
import { CBAM_CONSTANTS } from '@/content/cbam/cbam-constants-2026';
import { productFamily } from '@/content/cbam/product-families';
import { inputForCode, latestPublishedPrice } from '@/domain/cbam/code-input';
import { estimateCbam, type CbamEstimateResult } from '@/domain/cbam/estimate-cbam';
import { profileProduct, type ProductBasis } from '@/domain/cbam/profile-product';
import type { Recommendation, RecommendTarget } from '@/domain/recommendations/recommendation-types';
import { answerStatus } from '@/domain/scoring/answer-credit';
import type { GateEvidence, ScoreResult } from '@/domain/scoring/result-types';
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

/** One recommendation of the printed plan, with what it changes on its own (re-scored). */
export interface PlannedAction {
  rec: Recommendation;
  change: ActionChange;
}

/** A saved scenario as the report prints it: the plan and its outcome, re-scored. */
export interface ReportScenario {
  scenario: Scenario;
  outcome: ScenarioOutcome;
}

/** Everything the report prints, derived from the answers (and the scenarios kept beside them). */
export interface ReportData {
  result: ScoreResult;
  plan: Recommendation[];
  /** The same recommendations with what each changes, in the same order as the results page. */
  actions: PlannedAction[];
  /** With a target: the verified roadmap to it (reached only if re-scoring says so). */
  roadmap: Roadmap | null;
  scenarios: ReportScenario[];
  /** Present only when the profile says the firm exports CBAM goods to the EU. */
  cbam: CbamSummary | null;
  references: { id: string; result: ScoreResult }[];
  /** Every answer the user wrote a note on, in questionnaire order. */
  notes: NotedAnswer[];
}

/** An answer with the note the user wrote beside it; `answer` says how it was answered (or that it was not asked). */
export interface NotedAnswer {
  questionId: string;
  section: string;
  answer: GateEvidence;
  note: string;
}

/** The notes the user wrote, each with its question and answer, in the questionnaire's order; blank notes left out. */
export function notedAnswers(answers: Answers, result: Pick<ScoreResult, 'visible'>): NotedAnswer[] {
  const visible = new Set(result.visible);
  return instrument.questions.flatMap((q): NotedAnswer[] => {
    const a = answers[q.id];
    const note = a?.note?.trim();
    if (!a || !note) return [];
    const status = visible.has(q.id) ? answerStatus(q, a) : 'hidden';
    return [{ questionId: q.id, section: q.section, answer: { questionId: q.id, status, ...(status === 'answered' && a.value !== undefined ? { value: a.value } : {}) }, note }];
  });
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

/**
 * Scores the assessment and picks what the report shows: the top of the action plan in the results'
 * order (towards the target, when one is set) with the roadmap verified, the saved scenarios re-scored,
 * CBAM when exposed.
 */
export function buildReportData(assessment: Pick<Assessment, 'answers' | 'scenarios'>, target?: RecommendTarget): ReportData {
  const { answers } = assessment;
  const result = scoreAssessment(instrument, answers);
  const all = advise(result, answers, target);
  const plan = all.slice(0, ACTION_PLAN_SIZE);
  return {
    result,
    plan,
    actions: plan.map((rec) => ({ rec, change: changeOf(result, answers, rec.effect, instrument) })),
    roadmap: target ? roadmapTo(target, answers, all, instrument) : null,
    scenarios: liveScenarios(assessment.scenarios).map((scenario) => ({ scenario, outcome: evaluateScenario(answers, result, scenario, RULES, instrument) })),
    cbam: cbamSummary(answers),
    references: references(),
    notes: notedAnswers(answers, result),
  };
}
