import type { Answers } from '../assessment/assessment';
import type { AxisComponent } from '../instrument/instrument-schema';
import type { AxisId, DimensionId } from '../instrument/predicate-schema';
import { assessAnswer } from './answer-credit';
import { clamp, type AnswerSheet } from './dimension-profile';
import type { InstrumentIndex } from './instrument-index';
import type { AxisScore, Contribution, DimensionScore, Leaning, ModelPosition, Quadrant } from './result-types';

/** Computes one model axis from its documented components, with each answer's share of it. */
export function scoreAxis(
  index: InstrumentIndex,
  axis: AxisId,
  components: AxisComponent[],
  profile: Record<DimensionId, DimensionScore>,
  answers: Answers,
  visible: Set<string>,
  sheet?: AnswerSheet,
): AxisScore {
  const byQuestion = new Map<string, Contribution>();
  // Objects made here are ours alone, so a second component adding to an answer updates it in place.
  const add = (questionId: string, status: Contribution['status'], credit: number, share: number, points: number) => {
    const prev = byQuestion.get(questionId);
    if (prev) {
      prev.share += share;
      prev.points += points;
    } else byQuestion.set(questionId, { questionId, status, credit, share, points });
  };
  const scored = components.map((c) => {
    if ('dimension' in c) {
      const d = profile[c.dimension];
      for (const x of d.contributions) add(x.questionId, x.status, x.credit, x.share * c.weight, x.points * c.weight);
      return { kind: 'dimension' as const, id: c.dimension, weight: c.weight, value: d.score, points: d.score * c.weight };
    }
    const q = index.byId.get(c.question);
    const shown = visible.has(c.question);
    const at = index.position.get(c.question);
    const { status, credit } =
      q && shown
        ? sheet && at !== undefined
          ? { status: sheet.status[at]!, credit: sheet.credit[at]! }
          : assessAnswer(q, answers[c.question], answers)
        : { status: 'hidden' as const, credit: 0 };
    add(c.question, status, credit, c.weight, credit * 100 * c.weight);
    return { kind: 'question' as const, id: c.question, weight: c.weight, value: credit * 100, points: credit * 100 * c.weight };
  });
  const value = clamp(scored.reduce((s, c) => s + c.points, 0));
  return { axis, value, components: scored, contributions: [...byQuestion.values()] };
}

/**
 * Places the firm between rule export (T) and chain integration (R). `balanced`: a lean smaller
 * than this either way is called balanced (one value for every screen and for the advice).
 */
export function placeOnModelMap(T: AxisScore, R: AxisScore, strong: number, balanced: number): ModelPosition {
  const quadrant: Quadrant =
    T.value >= strong && R.value >= strong
      ? 'convergent'
      : T.value >= strong
        ? 'rule_export'
        : R.value >= strong
          ? 'chain_integration'
          : 'emerging';
  const lean = (T.value - R.value) / 100;
  const leaning: Leaning = Math.abs(lean) < balanced ? 'balanced' : lean > 0 ? 'rule_export' : 'chain_integration';
  return { T, R, quadrant, lean, leaning, convergence: Math.min(T.value, R.value) };
}
