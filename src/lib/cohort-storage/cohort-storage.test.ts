import { describe, expect, it } from 'vitest';
import { loadCohorts } from './cohort-storage';
import { createIndexedDbAdapter } from './indexeddb-adapter';
import { createMemoryAdapter } from './memory-adapter';
import { problemOf } from './storage-adapter';
import { newCohort } from './stored-cohort';

const cohort = newCohort('c1', 'Ningbo, March 2027', Date.UTC(2027, 2, 14));

/** An IDBFactory whose open() fails the way browsers fail in private mode or with storage blocked. */
function failingFactory(how: 'throws' | 'errors'): IDBFactory {
  return {
    open: () => {
      if (how === 'throws') throw new DOMException('blocked', 'SecurityError');
      const request = {} as IDBOpenDBRequest & { onerror: (() => void) | null };
      setTimeout(() => request.onerror?.());
      return request;
    },
  } as unknown as IDBFactory;
}

describe('cohort storage', () => {
  it('keeps copies: a record saved and read back equals the original but is not the same object', async () => {
    const adapter = createMemoryAdapter({ persistent: true });
    expect(await adapter.put(cohort)).toEqual({ ok: true, value: undefined });
    const loaded = await loadCohorts(adapter);
    expect(loaded).toEqual({ ok: true, cohorts: [cohort], unreadable: 0, persistent: true });
    expect(loaded.ok && loaded.cohorts[0] !== cohort, 'a copy, as IndexedDB gives').toBe(true);
  });

  it('skips and counts records that are not valid cohorts (corrupt or from a newer version)', async () => {
    const adapter = createMemoryAdapter({ records: [cohort, { ...cohort, id: 'c2', version: 2 }, { id: 'c3', members: null }, 'junk'] });
    const loaded = await loadCohorts(adapter);
    expect(loaded.ok && loaded.cohorts.map((c) => c.id)).toEqual(['c1']);
    expect(loaded.ok && loaded.unreadable).toBe(3);
  });

  it('reports a full disk as a quota problem, never by throwing', async () => {
    const adapter = createMemoryAdapter({ failWrites: 'quota' });
    await expect(adapter.put(cohort)).resolves.toEqual({ ok: false, problem: 'quota' });
    expect(problemOf(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(problemOf(new DOMException('gone', 'InvalidStateError'))).toBe('unavailable');
    expect(problemOf(new Error('other'))).toBe('failed');
    expect(problemOf(undefined)).toBe('failed');
  });

  it('reports IndexedDB as unavailable when it cannot be opened (private mode), for every operation', async () => {
    for (const how of ['throws', 'errors'] as const) {
      const adapter = createIndexedDbAdapter(failingFactory(how));
      expect(adapter.persistent).toBe(true);
      await expect(adapter.list()).resolves.toEqual({ ok: false, problem: 'unavailable' });
      await expect(adapter.put(cohort)).resolves.toEqual({ ok: false, problem: 'unavailable' });
      await expect(adapter.remove('c1')).resolves.toEqual({ ok: false, problem: 'unavailable' });
      await expect(loadCohorts(adapter)).resolves.toEqual({ ok: false, problem: 'unavailable' });
    }
  });
});
