import { RUNGS } from '../instrument/vocabulary';
import { DIMENSIONS, type DimensionId } from '../instrument/vocabulary';
import type { ScoreResult } from '../scoring/result-types';

/** Changes smaller than this (in points of 0–100) are "the same": answers rounded differently are not progress. */
export const SAME_WITHIN = 1;

export type Change = 'improved' | 'same' | 'worse';

export interface DimensionChange {
  dimension: DimensionId;
  before: number;
  after: number;
  delta: number;
  change: Change;
}

export interface Comparison {
  rung: { before: ScoreResult['ladder']['rung']; after: ScoreResult['ladder']['rung']; change: Change };
  dimensions: DimensionChange[];
  axes: { T: { before: number; after: number; change: Change }; R: { before: number; after: number; change: Change } };
  quadrant: { before: ScoreResult['model']['quadrant']; after: ScoreResult['model']['quadrant'] };
  /** Recommendation ids shown before but not after (their gap closed). */
  resolved: string[];
  /** Recommendation ids shown after but not before. */
  added: string[];
  /** Recommendation ids in both. */
  kept: string[];
}

const changeOf = (delta: number): Change => (delta >= SAME_WITHIN ? 'improved' : delta <= -SAME_WITHIN ? 'worse' : 'same');

/**
 * Compares an earlier and a later assessment of the same firm: rung change, each dimension
 * improved / same / worse, both axes, and which recommendations were resolved or are new.
 */
export function compareResults(
  before: ScoreResult,
  after: ScoreResult,
  recommendationsBefore: readonly string[],
  recommendationsAfter: readonly string[],
): Comparison {
  const dimensions = DIMENSIONS.map((d) => {
    const b = before.profile[d].score;
    const a = after.profile[d].score;
    return { dimension: d, before: b, after: a, delta: a - b, change: changeOf(a - b) };
  });
  const rungDelta = RUNGS.indexOf(after.ladder.rung) - RUNGS.indexOf(before.ladder.rung);
  const axis = (k: 'T' | 'R') => {
    const b = before.model[k].value;
    const a = after.model[k].value;
    return { before: b, after: a, change: changeOf(a - b) };
  };
  const afterSet = new Set(recommendationsAfter);
  const beforeSet = new Set(recommendationsBefore);
  return {
    rung: { before: before.ladder.rung, after: after.ladder.rung, change: rungDelta > 0 ? 'improved' : rungDelta < 0 ? 'worse' : 'same' },
    dimensions,
    axes: { T: axis('T'), R: axis('R') },
    quadrant: { before: before.model.quadrant, after: after.model.quadrant },
    resolved: recommendationsBefore.filter((id) => !afterSet.has(id)),
    added: recommendationsAfter.filter((id) => !beforeSet.has(id)),
    kept: recommendationsAfter.filter((id) => beforeSet.has(id)),
  };
}
