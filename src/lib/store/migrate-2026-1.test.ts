import { beforeAll, describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { buildAssessmentFile, buildBundleFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { parseImportFile } from '@/domain/exchange/parse-import-file';
import type { Assessment } from '@/domain/assessment/assessment';
import { ASSESSMENT_2026_1 } from '../../../test/fixtures/assessment-2026-1';
import { createAppStore } from './app-store';
import { STORAGE_KEY } from './persisted-state';
import { lazyValidator } from './persisted-validator';

class MapStorage implements Storage {
  map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
}

const revision = instrument.revisions.find((r) => r.from === '2026.1')!;
/** JSON with sorted keys: the stored copy went through the validator, which orders fields its own way. */
const canonical = (x: unknown) => JSON.stringify(x, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));

/** Every 2026.1 answer is still there: as an answer, beside a question to answer again, or kept aside. */
function expectNothingLost(a: Assessment) {
  expect(a.instrumentVersion).toBe(instrument.version);
  const note = a.upgrades?.find((u) => u.from === '2026.1');
  expect(note, 'the upgrade is recorded').toBeDefined();
  for (const [id, old] of Object.entries(ASSESSMENT_2026_1.answers)) {
    const targets = revision.carry[id]?.map((c) => c.to) ?? [id];
    const carried = targets.some((t) => a.answers[t] !== undefined);
    const kept = note!.review.some((r) => r.from === id && canonical(r.previous) === canonical(old)) || note!.retired[id] !== undefined;
    expect(carried || kept, `${id} is lost`).toBe(true);
  }
}

describe('assessments from questionnaire 2026.1', () => {
  beforeAll(() => lazyValidator.load());

  it('open from a 2026.1 store (persist version 1) in 2026.2 with nothing lost, and stay so after the next save', () => {
    const backend = new MapStorage();
    const v1 = { version: 1, state: { assessments: { [ASSESSMENT_2026_1.id]: ASSESSMENT_2026_1 }, deleted: {}, currentId: ASSESSMENT_2026_1.id, preferences: { language: 'en', bilingual: false } } };
    backend.setItem(STORAGE_KEY, JSON.stringify(v1));
    const store = createAppStore({ getBackend: () => backend });
    expect(store.getState().storageProblems, 'an old store is not "corrupt"').toEqual([]);
    const a = store.getState().assessments[ASSESSMENT_2026_1.id]!;
    expectNothingLost(a);
    store.getState().setAnswer(a.id, 'profile.employees', { value: 'n20_299' });
    const reread = createAppStore({ getBackend: () => backend }).getState().assessments[a.id]!;
    expectNothingLost(reread);
    expect(reread.answers['profile.employees']?.value).toBe('n20_299');
    expect(reread.upgrades, 'upgraded once, not again on every read').toHaveLength(1);
  });

  it('import from a 2026.1 file (format 1), alone or in a bundle, with nothing lost', () => {
    const single = { ...buildAssessmentFile(ASSESSMENT_2026_1, Date.UTC(2026, 2, 6)), formatVersion: 1 };
    const bundle = { ...buildBundleFile([ASSESSMENT_2026_1], Date.UTC(2026, 2, 6)), formatVersion: 1 };
    for (const file of [single, bundle]) {
      const text = serializeExchangeFile(file as never);
      const r = parseImportFile(text, text.length, instrument, Date.UTC(2026, 11, 4));
      expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
      if (r.ok) expectNothingLost(r.assessments[0]!);
    }
  });

  it('refuses a 2026.1 file holding a value 2026.1 could not have saved, and a 2026.2 question it did not have', () => {
    const bad = structuredClone(ASSESSMENT_2026_1);
    bad.answers['sup.upstream'] = { value: 'everything', updatedAt: 1 };
    const text = serializeExchangeFile(buildAssessmentFile(bad, 0));
    expect(parseImportFile(text, text.length, instrument)).toMatchObject({ ok: false, error: { code: 'out_of_range', details: { questionId: 'sup.upstream' } } });
    const mixed = structuredClone(ASSESSMENT_2026_1);
    mixed.answers['cap.greenfield'] = { value: 'one', updatedAt: 1 };
    const text2 = serializeExchangeFile(buildAssessmentFile(mixed, 0));
    expect(parseImportFile(text2, text2.length, instrument)).toMatchObject({ ok: false, error: { code: 'unknown_question' } });
  });

  it('round-trips an upgraded assessment, its upgrade note included, through a 2026.2 file', () => {
    const store = createAppStore({ getBackend: () => new MapStorage() });
    const backend = new MapStorage();
    backend.setItem(STORAGE_KEY, JSON.stringify({ version: 1, state: { assessments: { x: { ...ASSESSMENT_2026_1, id: 'x' } }, deleted: {}, currentId: null, preferences: { language: null, bilingual: false } } }));
    const upgraded = createAppStore({ getBackend: () => backend }).getState().assessments.x!;
    const text = serializeExchangeFile(buildAssessmentFile(upgraded, 0));
    const r = parseImportFile(text, text.length, instrument);
    expect(r.ok && r.assessments[0]).toEqual(upgraded);
    expect(store.getState().assessments).toEqual({});
  });
});
