import { beforeAll, describe, expect, it } from 'vitest';
import { createAppStore, hydrateAppStore } from './app-store';
import { PERSIST_VERSION, QUARANTINE_PREFIX, STORAGE_KEY } from './persisted-state';
import { migratePersisted } from './persisted-state-schema';
import { lazyValidator, type ValidatorSource } from './persisted-validator';

/** A Storage double: a Map, optionally refusing writes (quota) or any access (private mode). */
class FakeStorage implements Storage {
  map = new Map<string, string>();
  failWrites: 'quota' | 'security' | null = null;
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
    if (this.failWrites === 'quota') throw new DOMException('full', 'QuotaExceededError');
    if (this.failWrites === 'security') throw new DOMException('denied', 'SecurityError');
    this.map.set(k, v);
  }
}

const quarantined = (s: FakeStorage) => [...s.map.keys()].filter((k) => k.startsWith(QUARANTINE_PREFIX));

describe('app store persistence', () => {
  // As in the app once saved data has been seen: the validator has been fetched.
  beforeAll(() => lazyValidator.load());

  it('can save an answer and rehydrate it in a new session', () => {
    const backend = new FakeStorage();
    const first = createAppStore({ getBackend: () => backend });
    const id = first.getState().createAssessment('Ningbo Pumps');
    first.getState().setAnswer(id, 'rd.intensity', { value: 4.2 });
    first.getState().setLanguage('zh-CN');

    const second = createAppStore({ getBackend: () => backend });
    const a = second.getState().assessments[id];
    expect(a?.name).toBe('Ningbo Pumps');
    expect(a?.answers['rd.intensity']?.value).toBe(4.2);
    expect(second.getState().preferences.language).toBe('zh-CN');
    expect(second.getState().currentId).toBe(id);
    expect(second.getState().storageProblems).toEqual([]);
  });

  it('stores a version number with the data', () => {
    const backend = new FakeStorage();
    const store = createAppStore({ getBackend: () => backend });
    store.getState().setBilingual(true);
    expect(JSON.parse(backend.getItem(STORAGE_KEY)!).version).toBe(PERSIST_VERSION);
  });

  it('keeps corrupt data aside, untouched, tells the user and starts afresh', () => {
    const backend = new FakeStorage();
    backend.setItem(STORAGE_KEY, '{"state": {"assessments": 12');
    const store = createAppStore({ getBackend: () => backend });
    expect(store.getState().storageProblems.map((p) => p.kind)).toEqual(['corrupt']);
    const [key] = quarantined(backend);
    expect(backend.getItem(key!)).toBe('{"state": {"assessments": 12');
    // The app keeps working and later writes never touch the quarantined copy.
    store.getState().createAssessment();
    expect(backend.getItem(key!)).toBe('{"state": {"assessments": 12');
    expect(JSON.parse(backend.getItem(STORAGE_KEY)!).state.assessments).not.toEqual({});
  });

  it('keeps aside well-formed JSON that does not match the schema', () => {
    const backend = new FakeStorage();
    const bad = JSON.stringify({ state: { assessments: 12, deleted: {} }, version: PERSIST_VERSION });
    backend.setItem(STORAGE_KEY, bad);
    const store = createAppStore({ getBackend: () => backend });
    expect(store.getState().storageProblems[0]?.kind).toBe('corrupt');
    expect(quarantined(backend).map((k) => backend.getItem(k))).toEqual([bad]);
  });

  it('keeps aside data from a newer version instead of guessing at it', () => {
    const backend = new FakeStorage();
    const future = JSON.stringify({ state: { anything: true }, version: PERSIST_VERSION + 1 });
    backend.setItem(STORAGE_KEY, future);
    const store = createAppStore({ getBackend: () => backend });
    const problem = store.getState().storageProblems[0];
    expect(problem?.kind).toBe('future-version');
    expect(problem && 'raw' in problem ? problem.raw : null).toBe(future);
    expect(quarantined(backend).map((k) => backend.getItem(k))).toEqual([future]);
  });

  it('runs in memory with a notice when storage cannot be used at all', () => {
    const store = createAppStore({
      getBackend: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(store.getState().storageProblems.map((p) => p.kind)).toEqual(['unavailable']);
    const id = store.getState().createAssessment('In memory');
    store.getState().setAnswer(id, 'brand.share', { value: 40 });
    expect(store.getState().assessments[id]?.answers['brand.share']?.value).toBe(40);
  });

  it('reports a full quota and leaves the last saved copy intact', () => {
    const backend = new FakeStorage();
    const store = createAppStore({ getBackend: () => backend });
    const id = store.getState().createAssessment('Saved');
    const saved = backend.getItem(STORAGE_KEY);
    backend.failWrites = 'quota';
    store.getState().setAnswer(id, 'rd.intensity', { value: 9 });
    expect(store.getState().storageProblems.map((p) => p.kind)).toEqual(['quota']);
    expect(backend.getItem(STORAGE_KEY)).toBe(saved);
    // The answer is still in memory so the user can export it.
    expect(store.getState().assessments[id]?.answers['rd.intensity']?.value).toBe(9);
  });

  it('keeps saying storage is full until a save succeeds: a dismissed notice returns with the next refused change', () => {
    const backend = new FakeStorage();
    const store = createAppStore({ getBackend: () => backend });
    const id = store.getState().createAssessment('Saved');
    backend.failWrites = 'quota';
    store.getState().setAnswer(id, 'rd.intensity', { value: 1 });
    expect(store.getState().unsavedChanges).toBe(true);
    store.getState().dismissStorageProblem(0);
    expect(store.getState().storageProblems, 'dismissing is not itself a refused change').toEqual([]);
    expect(store.getState().unsavedChanges, 'the work is still unsaved').toBe(true);
    store.getState().setAnswer(id, 'rd.intensity', { value: 2 });
    expect(store.getState().storageProblems.map((p) => p.kind)).toEqual(['quota']);

    backend.failWrites = null;
    store.getState().setAnswer(id, 'rd.intensity', { value: 3 });
    expect(store.getState().storageProblems).toEqual([]);
    expect(store.getState().unsavedChanges).toBe(false);
    expect(createAppStore({ getBackend: () => backend }).getState().assessments[id]?.answers['rd.intensity']?.value).toBe(3);
  });

  it('does not write again what it has just written', () => {
    const backend = new FakeStorage();
    const store = createAppStore({ getBackend: () => backend });
    store.getState().createAssessment('Once');
    let writes = 0;
    const setItem = backend.setItem.bind(backend);
    backend.setItem = (k, v) => {
      writes++;
      setItem(k, v);
    };
    store.getState().reportStorageProblem({ kind: 'unavailable' });
    store.getState().dismissStorageProblem(0);
    expect(writes).toBe(0);
  });

  it('does not overwrite corrupt data it could not copy aside', () => {
    const backend = new FakeStorage();
    backend.setItem(STORAGE_KEY, 'not json');
    backend.failWrites = 'quota';
    const store = createAppStore({ getBackend: () => backend });
    const problem = store.getState().storageProblems.find((p) => p.kind === 'corrupt');
    expect(problem && 'quarantineKey' in problem ? problem.quarantineKey : 'x').toBeNull();
    backend.failWrites = null;
    store.getState().createAssessment();
    expect(backend.getItem(STORAGE_KEY)).toBe('not json');
  });

  it('merges with answers another tab saved instead of overwriting them', () => {
    const backend = new FakeStorage();
    const tabA = createAppStore({ getBackend: () => backend });
    const id = tabA.getState().createAssessment('Shared');
    const tabB = createAppStore({ getBackend: () => backend });
    tabB.getState().setAnswer(id, 'brand.share', { value: 30 });
    // Tab A has not seen B's answer yet and writes its own.
    tabA.getState().setAnswer(id, 'rd.intensity', { value: 2 });
    const stored = JSON.parse(backend.getItem(STORAGE_KEY)!).state.assessments[id].answers;
    expect(stored['brand.share'].value).toBe(30);
    expect(stored['rd.intensity'].value).toBe(2);
  });

  it('saves a local edit over a stored copy dated in the future (a clock that ran ahead)', () => {
    const backend = new FakeStorage();
    const t2031 = Date.UTC(2031, 0, 1);
    const ahead = { id: 'ahead', name: 'Ahead', createdAt: t2031, updatedAt: t2031, instrumentVersion: '2026.2', step: 'profile', answers: { 'rd.intensity': { value: 1, updatedAt: t2031 } } };
    backend.setItem(STORAGE_KEY, JSON.stringify({ state: { assessments: { ahead }, deleted: {}, currentId: 'ahead', preferences: { language: null, bilingual: false } }, version: PERSIST_VERSION }));
    // A fresh session (nothing written yet), so the first save merges with what is stored.
    const store = createAppStore({ getBackend: () => backend });
    store.getState().setAnswer('ahead', 'rd.intensity', { value: 2 });
    const answer = createAppStore({ getBackend: () => backend }).getState().assessments.ahead?.answers['rd.intensity'];
    expect(answer?.value).toBe(2);
    expect(answer?.updatedAt).toBeGreaterThan(t2031);

    createAppStore({ getBackend: () => backend }).getState().rename('ahead', 'Renamed');
    expect(createAppStore({ getBackend: () => backend }).getState().assessments.ahead?.name).toBe('Renamed');
    createAppStore({ getBackend: () => backend }).getState().remove('ahead');
    expect(createAppStore({ getBackend: () => backend }).getState().assessments.ahead, 'a deletion is not undone by the future time').toBeUndefined();
  });

  it('can delete an assessment and undo the deletion', () => {
    const backend = new FakeStorage();
    const store = createAppStore({ getBackend: () => backend });
    const id = store.getState().createAssessment('To delete');
    const removed = store.getState().remove(id);
    expect(store.getState().assessments[id]).toBeUndefined();
    expect(createAppStore({ getBackend: () => backend }).getState().assessments[id]).toBeUndefined();
    store.getState().putAssessment(removed!);
    expect(createAppStore({ getBackend: () => backend }).getState().assessments[id]?.name).toBe('To delete');
  });
});

/** A validator that arrives when the test says so, or fails to. */
function validatorOnCall() {
  let arrived = false;
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const fetched = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  let asked = 0;
  const source: ValidatorSource = {
    current: () => (arrived ? migratePersisted : null),
    load: () => {
      asked++;
      return fetched.then(() => migratePersisted);
    },
  };
  return {
    source,
    asked: () => asked,
    arrive: async () => {
      arrived = true;
      settle.resolve();
      await fetched;
      await Promise.resolve();
    },
    fail: async () => {
      settle.reject(new Error('offline'));
      await fetched.catch(() => undefined);
      await Promise.resolve();
    },
  };
}

describe('app store before the validator of saved data has been fetched', () => {
  it('is ready at once on a first visit, and saves without fetching it', () => {
    const backend = new FakeStorage();
    const v = validatorOnCall();
    const store = createAppStore({ getBackend: () => backend, validator: v.source });
    expect(store.persist.hasHydrated()).toBe(true);
    const id = store.getState().createAssessment('First visit');
    store.getState().setAnswer(id, 'rd.intensity', { value: 3 });
    expect(JSON.parse(backend.getItem(STORAGE_KEY)!).state.assessments[id].answers['rd.intensity'].value).toBe(3);
    expect(v.asked()).toBe(0);
  });

  it('reads saved work only once the validator is in, and then all of it', async () => {
    const backend = new FakeStorage();
    const id = createAppStore({ getBackend: () => backend, validator: lazyValidator }).getState().createAssessment('Saved before');
    const saved = backend.getItem(STORAGE_KEY);
    const v = validatorOnCall();
    const store = createAppStore({ getBackend: () => backend, validator: v.source });
    expect(store.persist.hasHydrated()).toBe(false);
    const ready = hydrateAppStore(store, v.source);
    await v.arrive();
    await ready;
    expect(store.getState().assessments[id]?.name).toBe('Saved before');
    expect(backend.getItem(STORAGE_KEY)).toBe(saved);
  });

  it('holds a change back while another tab’s data cannot be checked, then writes it merged', async () => {
    await lazyValidator.load();
    const backend = new FakeStorage();
    const v = validatorOnCall();
    const tabA = createAppStore({ getBackend: () => backend, validator: v.source });
    const mine = tabA.getState().createAssessment('Tab A');
    const tabB = createAppStore({ getBackend: () => backend, validator: lazyValidator });
    const theirs = tabB.getState().createAssessment('Tab B');
    const afterB = backend.getItem(STORAGE_KEY);

    // Two tabs merge by each assessment's last change: the rename must be later than tab B's copy of it.
    await new Promise((r) => setTimeout(r, 5));
    tabA.getState().rename(mine, 'Tab A, renamed');
    expect(backend.getItem(STORAGE_KEY), 'nothing written over tab B’s data unchecked').toBe(afterB);
    await v.arrive();
    const stored = JSON.parse(backend.getItem(STORAGE_KEY)!).state.assessments;
    expect(stored[theirs]?.name).toBe('Tab B');
    expect(stored[mine]?.name).toBe('Tab A, renamed');
  });

  it('tells the user and leaves saved work untouched when the validator cannot be fetched', async () => {
    const backend = new FakeStorage();
    createAppStore({ getBackend: () => backend, validator: lazyValidator }).getState().createAssessment('Saved before');
    const saved = backend.getItem(STORAGE_KEY);
    const v = validatorOnCall();
    const store = createAppStore({ getBackend: () => backend, validator: v.source });
    const ready = hydrateAppStore(store, v.source);
    await v.fail();
    await ready;
    expect(store.getState().storageProblems.map((p) => p.kind)).toEqual(['unavailable']);
    store.getState().createAssessment('Not saved');
    await Promise.resolve();
    expect(backend.getItem(STORAGE_KEY)).toBe(saved);
  });
});
