import { createIndexedDbAdapter } from './indexeddb-adapter';
import { createMemoryAdapter } from './memory-adapter';
import { parseStoredCohort, type StoredCohort } from './stored-cohort';
import type { CohortStorageAdapter, CohortStorageProblem } from './storage-adapter';

let current: CohortStorageAdapter | null = null;

/** The adapter the workshop uses: IndexedDB when the browser has it, otherwise memory for this session. */
export function getCohortStorage(): CohortStorageAdapter {
  if (current) return current;
  let factory: IDBFactory | undefined;
  try {
    factory = globalThis.indexedDB ?? undefined;
  } catch {
    // Some browsers throw on merely reading `indexedDB` when storage is blocked.
    factory = undefined;
  }
  current = factory ? createIndexedDbAdapter(factory) : createMemoryAdapter();
  return current;
}

/** Replaces the adapter (tests inject an in-memory one; jsdom has no IndexedDB). */
export function setCohortStorage(adapter: CohortStorageAdapter): void {
  current = adapter;
}

export type LoadedCohorts =
  | { ok: true; cohorts: StoredCohort[]; unreadable: number; persistent: boolean }
  | { ok: false; problem: CohortStorageProblem };

/** Reads every stored cohort, skipping (and counting) records that fail validation. Never rejects. */
export async function loadCohorts(adapter: CohortStorageAdapter): Promise<LoadedCohorts> {
  const listed = await adapter.list();
  if (!listed.ok) return listed;
  const cohorts: StoredCohort[] = [];
  let unreadable = 0;
  for (const raw of listed.value) {
    const c = parseStoredCohort(raw);
    if (c) cohorts.push(c);
    else unreadable++;
  }
  return { ok: true, cohorts, unreadable, persistent: adapter.persistent };
}
