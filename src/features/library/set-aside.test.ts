import { beforeAll, describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import type { Assessment } from '@/domain/assessment/assessment';
import { readImportFile } from './read-import-file';
import { createAppStore } from '@/lib/store/app-store';
import { PERSIST_VERSION, QUARANTINE_PREFIX, STORAGE_KEY } from '@/lib/store/persisted-state';
import { migratePersisted } from '@/lib/store/persisted-state-schema';
import { lazyValidator } from '@/lib/store/persisted-validator';
import { bundleFromSetAsideFile, discardSetAside, listSetAside, setAsideFileText } from '@/lib/store/set-aside';

class MapStorage implements Storage {
  map = new Map<string, string>();
  full = false;
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
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
}

const T = Date.UTC(2026, 10, 1);
const good = (id: string, name: string): Assessment => ({ id, name, createdAt: T, updatedAt: T, instrumentVersion: instrument.version, answers: { 'profile.industry': { value: 'machinery', updatedAt: T } } });
const broken = { ...good('a3', 'Broken Ltd'), answers: 'half a write' };
const savedState = (assessments: Record<string, unknown>, version = PERSIST_VERSION) =>
  JSON.stringify({ state: { assessments, deleted: {}, currentId: 'a3', preferences: { language: 'en', bilingual: false } }, version });
const keptAside = (s: MapStorage) => [...s.map].filter(([k]) => k.startsWith(QUARANTINE_PREFIX)).map(([, v]) => v);
const file = (text: string) => ({ size: text.length, arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer as ArrayBuffer) });

describe('one malformed saved assessment does not hide the others', () => {
  beforeAll(() => lazyValidator.load());

  it('reads the good assessments and returns the bad one exactly as stored', () => {
    const r = migratePersisted(JSON.parse(savedState({ a1: good('a1', 'One'), a2: good('a2', 'Two'), a3: broken })).state, PERSIST_VERSION);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.state.assessments).sort()).toEqual(['a1', 'a2']);
    expect(r.state.currentId, 'the current one was the bad one').toBeNull();
    expect(r.setAside?.map((x) => JSON.parse(x))).toEqual([broken]);
    expect(r.state.preferences.language).toBe('en');
  });

  it('loads the others, keeps the bad one under its own key, never writes over it, and keeps it once across reloads', () => {
    const backend = new MapStorage();
    backend.setItem(STORAGE_KEY, savedState({ a1: good('a1', 'One'), a2: good('a2', 'Two'), a3: broken }));
    const store = createAppStore({ getBackend: () => backend });
    expect(Object.keys(store.getState().assessments).sort()).toEqual(['a1', 'a2']);
    expect(store.getState().storageProblems).toEqual([{ kind: 'set-aside', count: 1, kept: true }]);
    expect(keptAside(backend)).toEqual([JSON.stringify(broken)]);

    store.getState().rename('a1', 'Renamed');
    expect(Object.keys(JSON.parse(backend.getItem(STORAGE_KEY)!).state.assessments).sort()).toEqual(['a1', 'a2']);
    createAppStore({ getBackend: () => backend }).getState().rename('a2', 'Again');
    expect(keptAside(backend), 'still there, once').toEqual([JSON.stringify(broken)]);
    expect(listSetAside(() => backend).map((i) => [i.what, i.name])).toEqual([['assessment', 'Broken Ltd']]);
  });

  it('keeps a bad record aside when a reload finds it again before anything was written, without a second copy', () => {
    const backend = new MapStorage();
    backend.setItem(STORAGE_KEY, savedState({ a1: good('a1', 'One'), a3: broken }));
    createAppStore({ getBackend: () => backend });
    createAppStore({ getBackend: () => backend });
    expect(keptAside(backend)).toHaveLength(1);
  });

  it('writes nothing over the stored value when there is no room to keep the bad record aside', () => {
    const backend = new MapStorage();
    const raw = savedState({ a1: good('a1', 'One'), a3: broken });
    backend.setItem(STORAGE_KEY, raw);
    backend.full = true;
    const store = createAppStore({ getBackend: () => backend });
    expect(store.getState().storageProblems).toEqual([{ kind: 'set-aside', count: 1, kept: false }]);
    backend.full = false;
    store.getState().rename('a1', 'Renamed');
    expect(backend.getItem(STORAGE_KEY)).toBe(raw);
  });

  it('downloads as a file that says what it is: too broken to import, the import says so', async () => {
    const backend = new MapStorage();
    backend.setItem(`${QUARANTINE_PREFIX}${T}-0`, JSON.stringify(broken));
    const [item] = listSetAside(() => backend);
    const text = setAsideFileText(item!, T);
    expect(JSON.parse(text)).toMatchObject({ format: 'chuhai-set-aside', what: 'assessment', data: JSON.stringify(broken) });
    expect(bundleFromSetAsideFile(text)).not.toBeNull();
    const result = await readImportFile(file(text), instrument);
    expect(result).toEqual({ ok: false, error: { code: 'set_aside_unreadable', details: {} } });
    expect(discardSetAside(item!.key, () => backend)).toBe(true);
    expect(listSetAside(() => backend)).toEqual([]);
  });

  it('imports back what was set aside once it reads: a whole saved state from a newer version, as a file or as stored', async () => {
    const raw = savedState({ a1: good('a1', 'One'), a2: good('a2', 'Two') }, PERSIST_VERSION + 1);
    const backend = new MapStorage();
    backend.setItem(STORAGE_KEY, raw);
    createAppStore({ getBackend: () => backend });
    const [item] = listSetAside(() => backend);
    expect(item?.what).toBe('state');
    for (const text of [setAsideFileText(item!, T), raw]) {
      const result = await readImportFile(file(text), instrument);
      expect(result.ok && result.assessments.map((a) => a.name)).toEqual(['One', 'Two']);
    }
  });

  it('is not fooled by ordinary files', async () => {
    expect(bundleFromSetAsideFile('{"format": "chuhai-assessment"}')).toBeUndefined();
    expect(bundleFromSetAsideFile('{"format": "chuhai-set-aside", "data": "not json"}')).toBeNull();
    expect((await readImportFile(file('{"state": {"assessments": 1}, "version": 3}'), instrument)).ok).toBe(false);
  });
});
