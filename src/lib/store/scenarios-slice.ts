import type { StateCreator } from 'zustand';
import type { Scenario } from '@/domain/assessment/assessment';
import { liveScenarios, MAX_SCENARIOS } from '@/domain/planner/merge-scenarios';
import type { AppState } from './app-store';

export interface ScenariosSlice {
  /**
   * Adds or replaces one what-if plan beside an assessment (the planner saves on every change). The
   * assessment's answers and its time stay as they are: a plan is not an answer. False when the
   * assessment is gone or already holds the most scenarios a file can carry.
   */
  saveScenario: (assessmentId: string, scenario: Scenario) => boolean;
  /** Removes one (kept as a tombstone so another window does not bring it back); returns it for an undo. */
  removeScenario: (assessmentId: string, scenarioId: string) => Scenario | null;
}

export const createScenariosSlice: StateCreator<AppState, [], [], ScenariosSlice> = (set, get) => ({
  saveScenario: (assessmentId, scenario) => {
    const a = get().assessments[assessmentId];
    if (!a) return false;
    const list = a.scenarios ?? [];
    const at = list.findIndex((s) => s.id === scenario.id);
    if (at < 0 && liveScenarios(list).length >= MAX_SCENARIOS) return false;
    const saved: Scenario = { ...scenario, updatedAt: Math.max(Date.now(), scenario.updatedAt) };
    delete saved.removedAt;
    const scenarios = at < 0 ? [...list, saved] : list.map((s, i) => (i === at ? saved : s));
    set((st) => ({ assessments: { ...st.assessments, [assessmentId]: { ...a, scenarios } } }));
    return true;
  },

  removeScenario: (assessmentId, scenarioId) => {
    const a = get().assessments[assessmentId];
    const found = a?.scenarios?.find((s) => s.id === scenarioId && s.removedAt === undefined);
    if (!a || !found) return null;
    const t = Math.max(Date.now(), found.updatedAt + 1);
    // A tombstone keeps only what merging needs; the undo gets the whole scenario back.
    const tomb: Scenario = { id: found.id, name: '', createdAt: found.createdAt, updatedAt: found.updatedAt, actions: [], answers: {}, removedAt: t };
    const scenarios = a.scenarios!.map((s) => (s.id === scenarioId ? tomb : s));
    set((st) => ({ assessments: { ...st.assessments, [assessmentId]: { ...a, scenarios } } }));
    return found;
  },
});
