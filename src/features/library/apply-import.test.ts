import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import type { Assessment } from '@/domain/assessment/assessment';
import { buildAssessmentFile, buildBundleFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { parseImportFile } from '@/domain/exchange/parse-import-file';
import { createAppStore } from '@/lib/store/app-store';
import { STORAGE_KEY } from '@/lib/store/persisted-state';
import { lazyValidator } from '@/lib/store/persisted-validator';
import { applyImportPlan, planImport } from './apply-import';
import { readImportFile } from './read-import-file';

const a = (over: Partial<Assessment> = {}): Assessment => ({
  id: 'a1',
  name: 'Acme',
  createdAt: 100,
  updatedAt: 200,
  instrumentVersion: instrument.version,
  answers: { 'rd.intensity': { value: 3, updatedAt: 150 } },
  ...over,
});

let counter = 0;
const newId = () => `fresh-${++counter}`;

/** A browser storage stand-in. */
function memoryStorage(): Storage {
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
}

describe('planImport: how imported assessments join the local ones', () => {
  it('adds assessments new to this device, stamped no older than now', () => {
    const plan = planImport({}, [a()], 1_000, newId);
    expect(plan).toMatchObject({ added: 1, copies: 0, unchanged: 0 });
    expect(plan.toPut[0]).toEqual({ ...a(), updatedAt: 1_000 });
  });

  it('brings times from a device whose clock ran ahead back to now, and still skips the same file imported again', () => {
    const now = Date.UTC(2026, 11, 4);
    const t2031 = Date.UTC(2031, 0, 1);
    const ahead = a({ createdAt: t2031, updatedAt: t2031, answers: { 'rd.intensity': { value: 3, updatedAt: t2031 }, 'brand.share': { value: 20, updatedAt: now + 60_000 } } });
    const plan = planImport({}, [ahead], now, newId);
    const put = plan.toPut[0]!;
    expect([put.createdAt, put.updatedAt, put.answers['rd.intensity']!.updatedAt]).toEqual([now, now, now]);
    expect(put.answers['brand.share']!.updatedAt, 'a clock a minute apart is within the allowance').toBe(now + 60_000);
    expect(planImport({ a1: put }, [ahead], now + 86_400_000, newId)).toMatchObject({ added: 0, copies: 0, unchanged: 1 });
  });

  it('skips an assessment identical to the local one, even if saved again since', () => {
    const plan = planImport({ a1: a({ updatedAt: 999 }) }, [a()], 1_000, newId);
    expect(plan).toEqual({ toPut: [], added: 0, copies: 0, unchanged: 1 });
  });

  it('never overwrites local work: a differing copy, newer or older, comes in under a new id', () => {
    for (const updatedAt of [50, 5_000]) {
      const incoming = a({ name: 'Acme (workshop)', updatedAt });
      const plan = planImport({ a1: a() }, [incoming], 1_000, newId);
      expect(plan.copies).toBe(1);
      expect(plan.toPut[0]!.id).not.toBe('a1');
      expect(plan.toPut[0]!.name).toBe('Acme (workshop)');
    }
  });

  it('never reuses an id already taken', () => {
    let n = 0;
    const ids = ['a1', 'b2', 'c3'];
    const plan = planImport({ a1: a(), b2: a({ id: 'b2' }) }, [a({ name: 'other' })], 0, () => ids[n++]!);
    expect(plan.toPut[0]!.id).toBe('c3');
  });
});

describe('applying an import to the store', () => {
  // Reloading saved data reads it through the validator, fetched as the app does once data exists.
  beforeAll(() => lazyValidator.load());

  it('writes the whole file in one save and brings back a deleted id', () => {
    const backend = memoryStorage();
    const store = createAppStore({ getBackend: () => backend });
    const id = store.getState().createAssessment('Local');
    const removed = store.getState().remove(id)!;
    let writes = 0;
    const setItem = backend.setItem.bind(backend);
    backend.setItem = (k, v) => {
      if (k === STORAGE_KEY) writes++;
      setItem(k, v);
    };
    const incoming = [removed, a({ id: 'x1' }), a({ id: 'x2' })];
    applyImportPlan(store, planImport(store.getState().assessments, incoming, Date.now(), newId));
    expect(writes).toBe(1);
    const reloaded = createAppStore({ getBackend: () => backend }).getState().assessments;
    expect(Object.keys(reloaded).sort()).toEqual([id, 'x1', 'x2'].sort());
  });

  it('reads the size before the content: a 6 MB file is refused unread', async () => {
    let read = false;
    const r = await readImportFile({ size: 6 * 1024 * 1024, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) }, instrument);
    expect(r).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(read).toBe(false);
  });

  it('refuses a file re-saved as GBK with how to save it as UTF-8, in both languages', async () => {
    const gbk = new Uint8Array([...new TextEncoder().encode('{"format":"chuhai-assessment","name":"'), 0xbb, 0xaa, 0xce, 0xaa, 0x22, 0x7d]);
    const r = await readImportFile({ size: gbk.length, arrayBuffer: async () => gbk.buffer }, instrument);
    expect(r).toEqual({ ok: false, error: { code: 'not_utf8', details: {} } });
  });

  it('never changes existing assessments, whatever the file (600 random and damaged files)', () => {
    const backend = memoryStorage();
    const store = createAppStore({ getBackend: () => backend });
    store.getState().putAssessment(a({ id: 'keep-1', name: 'Keep me' }));
    store.getState().putAssessment(a({ id: 'a1', name: 'Same id as the files' }));
    const files = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
      fc.tuple(fc.nat(), fc.constantFrom('', '{"__proto__":1,', '150', '"x"')).map(([n, junk]) => {
        const t = serializeExchangeFile(buildBundleFile([a(), a({ id: 'b1' })], 0));
        const at = n % t.length;
        return t.slice(0, at) + junk + t.slice(at + 1);
      }),
      fc.constant(serializeExchangeFile(buildAssessmentFile(a({ name: 'changed' }), 0))),
    );
    let accepted = 0;
    fc.assert(
      fc.property(files, (text) => {
        const before = store.getState().assessments;
        const stored = backend.getItem(STORAGE_KEY);
        const r = parseImportFile(text, text.length, instrument);
        if (r.ok) {
          accepted++;
          applyImportPlan(store, planImport(before, r.assessments, Date.now(), newId));
        }
        const after = store.getState().assessments;
        // On a refusal nothing moved at all; on success every earlier assessment is exactly as it was.
        const untouched = r.ok ? Object.entries(before).every(([id, x]) => after[id] === x) : after === before && backend.getItem(STORAGE_KEY) === stored;
        expect(untouched).toBe(true);
      }),
      { numRuns: 600 },
    );
    expect(accepted, 'some files were imported, so the success branch ran too').toBeGreaterThan(0);
  });
});
