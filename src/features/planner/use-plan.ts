import { useCallback, useMemo, useState } from 'react';
import { instrument } from '@/content/instrument';
import { advise } from '@/content/recommendations/advise';
import { RULES } from '@/content/recommendations';
import type { Answer, Answers, Assessment, Scenario, ScenarioTarget } from '@/domain/assessment/assessment';
import { randomId } from '@/domain/assessment/new-assessment';
import { changeOf, type ActionChange } from '@/domain/planner/action-change';
import { liveScenarios } from '@/domain/planner/merge-scenarios';
import { roadmapTo, type Roadmap } from '@/domain/planner/roadmap';
import { evaluateScenario, type ScenarioOutcome } from '@/domain/planner/scenario';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { href, navigate } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';

/** The route segment that opens a new, unsaved scenario. */
export const NEW_SCENARIO = 'new';

/** One advised action the planner offers, with what it changes on its own (re-scored once per assessment). */
export interface PlannableAction {
  rec: Recommendation;
  change: ActionChange;
}

export interface Plan {
  today: ScoreResult;
  scenarios: Scenario[];
  /** The scenario being edited, or a draft not saved until the first change. */
  scenario: Scenario;
  saved: boolean;
  outcome: ScenarioOutcome;
  actions: PlannableAction[];
  /** Advised but measured by no answer: named, not offered as a switch. */
  unmeasured: Recommendation[];
  roadmap: Roadmap | null;
  /** Saves a change to the scenario (creating it on the first change); false when the assessment is full. */
  update: (next: Partial<Pick<Scenario, 'actions' | 'answers' | 'target' | 'name'>>) => boolean;
  toggleAction: (id: string) => boolean;
  /** Sets (or with null, takes back) an answer in the scenario only. */
  setAnswer: (questionId: string, value: NonNullable<Answer['value']> | null) => boolean;
}

// Outcomes kept per scenario object (and today's result, which stands for the answers it was scored from):
// a what-if click changes one scenario, so only that one is re-scored, once for the outcome and the comparison.
const outcomes = new WeakMap<Scenario, WeakMap<ScoreResult, ScenarioOutcome>>();
export function scenarioOutcome(answers: Answers, today: ScoreResult, s: Scenario): ScenarioOutcome {
  let byToday = outcomes.get(s);
  if (!byToday) outcomes.set(s, (byToday = new WeakMap()));
  let o = byToday.get(today);
  if (!o) byToday.set(today, (o = evaluateScenario(answers, today, s, RULES, instrument)));
  return o;
}

const draft = (name: string): Scenario => ({ id: randomId(), name, createdAt: Date.now(), updatedAt: Date.now(), actions: [], answers: {} });

/**
 * The planner's state for one assessment and scenario: today's result and advice (computed once),
 * the scenario re-scored on every change by the same engine, and the verified roadmap to its target.
 * The assessment's answers are read, never written.
 */
export function usePlan(assessment: Assessment, scenarioId: string | undefined, untitled: (n: number) => string): Plan {
  const saveScenario = useAppStore((s) => s.saveScenario);
  const scenarios = useMemo(() => liveScenarios(assessment.scenarios), [assessment.scenarios]);
  // No id: the latest scenario, so "plan" from the results continues where the user left off; `new`: a fresh draft.
  const found = scenarioId === NEW_SCENARIO ? undefined : scenarioId ? scenarios.find((s) => s.id === scenarioId) : scenarios[0];
  // A draft keeps its id across renders until saved, so the URL can point at it from the first change.
  const [draftState, setDraftState] = useState(() => ({ route: scenarioId, scenario: draft(untitled(scenarios.length + 1)) }));
  let draftScenario = draftState.scenario;
  if (draftState.route !== scenarioId) {
    // Derived from the route during render: every visit to "new" gets a fresh draft; saving one only changes the route.
    if (scenarioId === NEW_SCENARIO) draftScenario = draft(untitled(scenarios.length + 1));
    setDraftState({ route: scenarioId, scenario: draftScenario });
  }
  const scenario = found ?? draftScenario;
  const answers = assessment.answers;
  const today = useMemo(() => scoreAssessment(instrument, answers), [answers]);
  const advice = useMemo(() => advise(today, answers), [today, answers]);
  const actions = useMemo(
    () => advice.filter((r) => r.effect.length > 0).map((rec) => ({ rec, change: changeOf(today, answers, rec.effect, instrument) })),
    [advice, today, answers],
  );
  const unmeasured = useMemo(() => advice.filter((r) => r.effect.length === 0), [advice]);
  const target = scenario.target;
  const targetRung = target?.rung;
  const targetModel = target?.model;
  const roadmap = useMemo(() => {
    if (!targetRung && !targetModel) return null;
    const t: ScenarioTarget = {};
    if (targetRung) t.rung = targetRung;
    if (targetModel) t.model = targetModel;
    return roadmapTo(t, answers, advise(today, answers, t), instrument);
  }, [targetRung, targetModel, today, answers]);
  const outcome = useMemo(() => scenarioOutcome(answers, today, scenario), [answers, today, scenario]);

  const update = useCallback(
    (next: Partial<Pick<Scenario, 'actions' | 'answers' | 'target' | 'name'>>) => {
      const ok = saveScenario(assessment.id, { ...scenario, ...next, updatedAt: Date.now() });
      if (ok && !found) navigate(href(['plan', assessment.id, scenario.id]), { replace: true });
      return ok;
    },
    [saveScenario, assessment.id, scenario, found],
  );
  const toggleAction = useCallback(
    (id: string) => update({ actions: scenario.actions.includes(id) ? scenario.actions.filter((a) => a !== id) : [...scenario.actions, id] }),
    [update, scenario.actions],
  );
  const setAnswer = useCallback(
    (questionId: string, value: NonNullable<Answer['value']> | null) => {
      const answersNext = { ...scenario.answers };
      if (value !== null) answersNext[questionId] = { value, updatedAt: Date.now() };
      else delete answersNext[questionId];
      return update({ answers: answersNext });
    },
    [update, scenario.answers],
  );
  return { today, scenarios, scenario, saved: !!found, outcome, actions, unmeasured, roadmap, update, toggleAction, setAnswer };
}
