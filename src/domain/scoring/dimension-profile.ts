import type { Answers } from '../assessment/assessment';
import type { DimensionId } from '../instrument/predicate-schema';
import { assessAnswer } from './answer-credit';
import type { InstrumentIndex } from './instrument-index';
import type { Contribution, DimensionScore } from './result-types';

/**
 * Scores one dimension 0–100: Σ weight × credit over its applicable questions, divided by their
 * total weight. A question hidden because of the firm profile (e.g. CBAM data for a firm that
 * exports no CBAM goods) is not applicable; one hidden because a capability is missing (no plant
 * abroad → no plant managers) counts as zero.
 */
export function scoreDimension(index: InstrumentIndex, dimension: DimensionId, answers: Answers, visible: Set<string>): DimensionScore {
  const questions = (index.bySection.get(dimension) ?? []).filter(
    (q) => visible.has(q.id) || !index.profileConditioned.has(q.id),
  );
  const totalWeight = questions.reduce((s, q) => s + q.weight, 0);
  const contributions: Contribution[] = questions.map((q) => {
    const share = totalWeight > 0 ? q.weight / totalWeight : 0;
    if (!visible.has(q.id)) return { questionId: q.id, status: 'hidden', credit: 0, share, points: 0 };
    const { status, credit } = assessAnswer(q, answers[q.id]);
    return { questionId: q.id, status, credit, share, points: credit * share * 100 };
  });
  const score = contributions.reduce((s, c) => s + c.points, 0);
  return { dimension, score: clamp(score), contributions };
}

/** Keeps floating-point sums inside 0–100. */
export function clamp(x: number, lo = 0, hi = 100): number {
  return Math.min(hi, Math.max(lo, x));
}
