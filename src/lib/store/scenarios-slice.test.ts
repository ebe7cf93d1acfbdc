import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '@/domain/assessment/assessment';
import { liveScenarios } from '@/domain/planner/merge-scenarios';
import { createAppStore } from './app-store';
import { lazyValidator } from './persisted-validator';

/** Storage as a Map (the app store's tests have the failing variants). */
const memory = (): Storage => {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
};

const plan = (id: string, over: Partial<Scenario> = {}): Scenario => ({ id, name: id, createdAt: 1, updatedAt: 1, actions: ['own_channels'], answers: {}, ...over });

describe('scenarios in the store', () => {
  beforeAll(() => lazyValidator.load());

  it('keeps a plan beside the assessment without touching its answers or its time, and across a reload', () => {
    const backend = memory();
    const store = createAppStore({ getBackend: () => backend });
    const id = store.getState().createAssessment('Ningbo Pumps');
    store.getState().setAnswer(id, 'brand.own_share', { value: 10 });
    const before = store.getState().assessments[id]!;
    expect(store.getState().saveScenario(id, plan('s1', { answers: { 'brand.own_share': { value: 60, updatedAt: 2 } } }))).toBe(true);
    const after = store.getState().assessments[id]!;
    expect(after.answers).toEqual(before.answers);
    expect(after.updatedAt).toBe(before.updatedAt);

    const reloaded = createAppStore({ getBackend: () => backend }).getState().assessments[id]!;
    expect(liveScenarios(reloaded.scenarios).map((s) => [s.id, s.actions, s.answers['brand.own_share']?.value])).toEqual([['s1', ['own_channels'], 60]]);
    expect(reloaded.answers['brand.own_share']?.value).toBe(10);
  });

  it('removes a plan so that an undo brings it back whole', () => {
    const store = createAppStore({ getBackend: memory });
    const id = store.getState().createAssessment();
    store.getState().saveScenario(id, plan('s1', { name: 'Brand by 2028' }));
    const removed = store.getState().removeScenario(id, 's1');
    expect(liveScenarios(store.getState().assessments[id]!.scenarios)).toEqual([]);
    store.getState().saveScenario(id, removed!);
    expect(liveScenarios(store.getState().assessments[id]!.scenarios).map((s) => s.name)).toEqual(['Brand by 2028']);
  });

  it('refuses a twenty-first plan rather than writing more than a file can carry', () => {
    const store = createAppStore({ getBackend: memory });
    const id = store.getState().createAssessment();
    for (let i = 0; i < 20; i++) expect(store.getState().saveScenario(id, plan(`s${i}`))).toBe(true);
    expect(store.getState().saveScenario(id, plan('s20'))).toBe(false);
    expect(store.getState().saveScenario(id, plan('s3', { name: 'still editable' }))).toBe(true);
  });
});
