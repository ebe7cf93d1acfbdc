import type { Answers } from '../assessment/assessment';
import type { Instrument, Rung } from '../instrument/instrument-schema';
import { DIMENSIONS, type DimensionId } from '../instrument/vocabulary';
import { recommend } from '../recommendations/recommend';
import type { Rule } from '../recommendations/rule-schema';
import type { Quadrant } from '../scoring/result-types';
import { scoreAssessment } from '../scoring/score-assessment';
import { firmCbam, type FirmCbam } from './firm-cbam';

/** What the cohort view needs of one firm: an assessment's id, firm name and answers. */
export interface CohortFirm {
  id: string;
  name: string;
  answers: Answers;
}

/** How many of each firm's recommendations count as "at the top". */
export const TOP_RECOMMENDATIONS = 5;

/** One firm's figures, exactly as the engine computes them, kept small (no explanations). */
export interface FirmFigures {
  id: string;
  name: string;
  rung: Rung;
  provisional: boolean;
  T: number;
  R: number;
  quadrant: Quadrant;
  lean: number;
  convergence: number;
  dimensions: Record<DimensionId, number>;
  /** Share (0–1) of the questions shown that are answered. */
  answeredShare: number;
  answered: number;
  dontKnow: number;
  total: number;
  /** The firm's first recommendations (no target set), in order, with their dimension. */
  top: { id: string; dimension: DimensionId }[];
  cbam: FirmCbam;
}

/**
 * Scores one firm once: the engine's result and recommendations reduced to the figures a cohort
 * aggregates. Pure; the expensive step of the cohort view, so callers may run it in chunks.
 */
export function firmFigures(instrument: Instrument, rules: readonly Rule[], firm: CohortFirm): FirmFigures {
  const result = scoreAssessment(instrument, firm.answers);
  const top = recommend(result, firm.answers, instrument, rules)
    .slice(0, TOP_RECOMMENDATIONS)
    .map((r) => ({ id: r.id, dimension: r.dimension }));
  const dimensions = {} as Record<DimensionId, number>;
  for (const d of DIMENSIONS) dimensions[d] = result.profile[d].score;
  const { model, ladder, completeness: c } = result;
  return {
    id: firm.id,
    name: firm.name,
    rung: ladder.rung,
    provisional: ladder.provisional,
    T: model.T.value,
    R: model.R.value,
    quadrant: model.quadrant,
    lean: model.lean,
    convergence: model.convergence,
    dimensions,
    answeredShare: c.answeredShare,
    answered: c.answered,
    dontKnow: c.dontKnow,
    total: c.total,
    top,
    cbam: firmCbam(firm.answers),
  };
}
