import type { Answers } from '../assessment/assessment';
import type { Instrument } from '../instrument/instrument-schema';
import type { Effect, Rule } from '../recommendations/rule-schema';
import { scoreAssessment } from '../scoring/score-assessment';
import type { ScoreResult } from '../scoring/result-types';
import type { RecommendTarget } from '../recommendations/recommendation-types';
import { diff, type ActionChange } from './action-change';
import { applyEffects } from './apply-effects';
import { meetsTarget, missingFor, type Roadmap } from './roadmap';

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

/** A scenario re-scored beside today's result: what it changes, and whether it meets its target. */
export interface ScenarioOutcome {
  answers: Answers;
  result: ScoreResult;
  change: ActionChange;
  /** Null without a target. */
  reached: boolean | null;
  missing: Roadmap['missing'] | null;
}

/** Re-scores a scenario by the same engine and checks it against its own target, if any. */
export function evaluateScenario(answers: Answers, today: ScoreResult, plan: ScenarioPlan & { target?: RecommendTarget }, rules: readonly Rule[], instrument: Instrument): ScenarioOutcome {
  const planned = planScenario(answers, plan, rules, instrument);
  const change = diff(today, planned.result);
  const target = plan.target && (plan.target.rung || plan.target.model) ? plan.target : null;
  return {
    ...planned,
    change,
    reached: target ? meetsTarget(planned.result, target, instrument.strongAxis) : null,
    missing: target ? missingFor(planned.result, target, instrument) : null,
  };
}
