import type { Answers } from '../assessment/assessment';
import type { Instrument } from '../instrument/instrument-schema';
import { RUNGS, type Rung } from '../instrument/vocabulary';
import type { Effect } from '../recommendations/rule-schema';
import { scoreAssessment } from '../scoring/score-assessment';
import type { ScoreResult } from '../scoring/result-types';
import { applyEffects } from './apply-effects';

/** What one action would change, computed by re-scoring: never written by hand. */
export interface ActionChange {
  /** Gates it would open (failing now, passed after), with their rungs. */
  opens: { id: string; rung: Exclude<Rung, 'none'> }[];
  /** The rung after, when it differs from today's. */
  rung: Rung | null;
  /** Points it adds to each axis (0 when none). */
  T: number;
  R: number;
}

/** What carrying out `effect` changes for a firm with `answers` and this `result`. */
export function changeOf(result: ScoreResult, answers: Answers, effect: readonly Effect[], instrument: Instrument): ActionChange {
  if (effect.length === 0) return { opens: [], rung: null, T: 0, R: 0 };
  const after = scoreAssessment(instrument, applyEffects(answers, effect, instrument));
  return diff(result, after);
}

/** The differences between two results of the same firm. */
export function diff(before: ScoreResult, after: ScoreResult): ActionChange {
  const passedBefore = new Set(before.ladder.gates.filter((g) => g.passed).map((g) => g.id));
  const opens = after.ladder.gates.filter((g) => g.passed && !passedBefore.has(g.id)).map((g) => ({ id: g.id, rung: g.rung }));
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    opens,
    rung: RUNGS.indexOf(after.ladder.rung) !== RUNGS.indexOf(before.ladder.rung) ? after.ladder.rung : null,
    T: round(after.model.T.value - before.model.T.value),
    R: round(after.model.R.value - before.model.R.value),
  };
}
