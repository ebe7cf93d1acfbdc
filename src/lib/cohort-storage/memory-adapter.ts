import type { CohortStorageAdapter, CohortStorageProblem, StorageResult } from './storage-adapter';

export interface MemoryAdapterOptions {
  /** Records to start with (e.g. a test's "saved before the reload"). */
  records?: unknown[];
  /** Makes every write fail with this problem (tests of the quota and private-mode messages). */
  failWrites?: CohortStorageProblem;
  /** Stands in for a store that survives reloads (tests); false, the default, is the session-only fallback. */
  persistent?: boolean;
}

/**
 * Cohorts kept in memory: what tests inject (jsdom has no IndexedDB) and what the app falls back
 * to when the browser allows no storage. Records are cloned in and out, as IndexedDB does.
 */
export function createMemoryAdapter({ records = [], failWrites, persistent = false }: MemoryAdapterOptions = {}): CohortStorageAdapter & { records: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  for (const r of records) {
    const id = (r as { id?: unknown })?.id;
    map.set(typeof id === 'string' ? id : `#${map.size}`, structuredClone(r));
  }
  const fail = <T>(): StorageResult<T> => ({ ok: false, problem: failWrites! });
  return {
    persistent,
    records: map,
    list: async () => ({ ok: true, value: [...map.values()].map((r) => structuredClone(r)) }),
    put: async (record) => {
      if (failWrites) return fail();
      map.set(record.id, structuredClone(record));
      return { ok: true, value: undefined };
    },
    remove: async (id) => {
      if (failWrites) return fail();
      map.delete(id);
      return { ok: true, value: undefined };
    },
  };
}
