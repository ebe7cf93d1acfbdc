import type { Answers } from '../assessment/assessment';
import type { Instrument } from '../instrument/instrument-schema';
import type { Effect, Rule } from '../recommendations/rule-schema';
import { scoreAssessment } from '../scoring/score-assessment';
import type { ScoreResult } from '../scoring/result-types';
import { applyEffects } from './apply-effects';

/** A plan beside an assessment: actions chosen, answers changed by hand, and a target. Never the assessment itself. */
export interface ScenarioPlan {
  actions: readonly string[];
  /** Answers the user changed in the scenario (on top of the assessment's). */
  answers: Answers;
}

/**
 * The planned answers of a scenario (the assessment's, then the user's changes, then the chosen actions'
 * effects) and their result, by the same engine. Pure: `answers` is never changed.
 */
export function planScenario(answers: Answers, plan: ScenarioPlan, rules: readonly Rule[], instrument: Instrument): { answers: Answers; result: ScoreResult } {
  const byId = new Map(rules.map((r) => [r.id, r.effect]));
  const effects: Effect[] = plan.actions.flatMap((id) => byId.get(id) ?? []);
  const planned = applyEffects(Object.keys(plan.answers).length ? { ...answers, ...plan.answers } : answers, effects, instrument);
  return { answers: planned, result: scoreAssessment(instrument, planned) };
}
