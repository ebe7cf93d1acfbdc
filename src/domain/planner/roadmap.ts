import type { Answers } from '../assessment/assessment';
import type { Instrument } from '../instrument/instrument-schema';
import { RUNGS } from '../instrument/vocabulary';
import type { Recommendation, RecommendTarget } from '../recommendations/recommendation-types';
import type { Effect } from '../recommendations/rule-schema';
import { scoreAssessment } from '../scoring/score-assessment';
import type { AxisId } from '../instrument/vocabulary';
import type { ScoreResult } from '../scoring/result-types';
import { axesIn } from '../scoring/evaluate-predicate';
import { applyEffects } from './apply-effects';

/** A roadmap to a target, verified by re-scoring the planned answers: reached only if the engine says so. */
export interface Roadmap {
  target: RecommendTarget;
  reached: boolean;
  /** The actions, in the order taken (ids of the recommendations). */
  actions: string[];
  /** The planned answers and their result. */
  answers: Answers;
  result: ScoreResult;
  /** When not reached: the target rung's (and lower rungs') gates still failing, and the axis still short. */
  missing: { gates: string[]; axis: AxisShortfall | null };
}

/** An axis below the strong threshold, with the answers that have the most points left to give. */
export interface AxisShortfall {
  axis: AxisId;
  value: number;
  needed: number;
  /** Up to three questions of the axis, most points still open first. */
  headroom: { questionId: string; points: number }[];
}

/** True when a result meets the target: the rung reached, and the model's axis strong. */
export function meetsTarget(result: ScoreResult, target: RecommendTarget, strong: number): boolean {
  if (target.rung && RUNGS.indexOf(result.ladder.rung) < RUNGS.indexOf(target.rung)) return false;
  if (target.model === 'rule_export' && result.model.T.value < strong) return false;
  if (target.model === 'chain_integration' && result.model.R.value < strong) return false;
  return true;
}

const effectsOf = (ids: readonly string[], byId: ReadonlyMap<string, readonly Effect[]>) => ids.flatMap((id) => byId.get(id) ?? []);

/**
 * The fewest of these recommendations (taken in their order, each with what it changes) whose planned
 * answers reach the target; a roadmap is called reached only when re-scoring those answers reaches it.
 * Otherwise every action that changes an answer is taken and what is still missing is named.
 */
export function roadmapTo(target: RecommendTarget, answers: Answers, recommendations: readonly Recommendation[], instrument: Instrument): Roadmap {
  const byId = new Map(recommendations.map((r) => [r.id, r.effect]));
  const candidates = recommendations.filter((r) => r.effect.length > 0).map((r) => r.id);
  const score = (ids: readonly string[]) => {
    const planned = applyEffects(answers, effectsOf(ids, byId), instrument);
    return { planned, result: scoreAssessment(instrument, planned) };
  };
  let taken: string[] = [];
  let last = score(taken);
  for (const id of candidates) {
    if (meetsTarget(last.result, target, instrument.strongAxis)) break;
    const next = score([...taken, id]);
    // An action that changes nothing on the way to the target is not part of the roadmap.
    if (JSON.stringify(next.planned) === JSON.stringify(last.planned)) continue;
    taken = [...taken, id];
    last = next;
  }
  const reached = meetsTarget(last.result, target, instrument.strongAxis);
  if (reached) {
    // The fewest actions: drop any the target is still met without, latest first.
    for (let i = taken.length - 1; i >= 0; i--) {
      const without = taken.filter((_, j) => j !== i);
      const trial = score(without);
      if (meetsTarget(trial.result, target, instrument.strongAxis)) {
        taken = without;
        last = trial;
      }
    }
  }
  return { target, reached, actions: taken, answers: last.planned, result: last.result, missing: missingFor(last.result, target, instrument) };
}

/** What the result still lacks for the target: failing gates up to its rung, and the axis short of strong. */
export function missingFor(result: ScoreResult, target: RecommendTarget, instrument: Instrument): Roadmap['missing'] {
  const strong = instrument.strongAxis;
  const upTo = target.rung ? RUNGS.indexOf(target.rung) : -1;
  const failing = result.ladder.gates.filter((g) => !g.passed && RUNGS.indexOf(g.rung) <= upTo).map((g) => g.id);
  // The axis to build: the target model's; without one, when a failing gate asks for a strong axis, the stronger of those it reads.
  let axisId: AxisId | null = target.model === 'rule_export' ? 'T' : target.model === 'chain_integration' ? 'R' : null;
  if (!axisId) {
    const read = instrument.gates.filter((g) => failing.includes(g.id)).flatMap((g) => axesIn(g.test));
    if (read.length) axisId = read.reduce((best, a) => (result.model[a].value > result.model[best].value ? a : best));
  }
  const value = axisId ? result.model[axisId].value : 0;
  if (!axisId || value >= strong) return { gates: failing, axis: null };
  const headroom = result.model[axisId].components
    .filter((c) => c.kind === 'question')
    .map((c) => ({ questionId: c.id, points: Math.round((c.weight * 100 - c.points) * 10) / 10 }))
    .filter((h) => h.points > 0)
    .sort((a, b) => b.points - a.points || (a.questionId < b.questionId ? -1 : 1))
    .slice(0, 3);
  return { gates: failing, axis: { axis: axisId, value, needed: strong, headroom } };
}
