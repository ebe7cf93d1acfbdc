/** Why a storage operation failed: no IndexedDB (private mode), a full quota, or anything else. */
export type CohortStorageProblem = 'unavailable' | 'quota' | 'failed';

export type StorageResult<T> = { ok: true; value: T } | { ok: false; problem: CohortStorageProblem };

/**
 * Where cohorts are kept: IndexedDB in the browser, memory in tests and as the fallback. Every
 * operation resolves to a result; none rejects, so a storage fault never throws into the UI.
 */
export interface CohortStorageAdapter {
  /** True when cohorts survive a reload (IndexedDB); false for the in-memory fallback. */
  persistent: boolean;
  /** Every stored record, unchecked (the caller validates). */
  list(): Promise<StorageResult<unknown[]>>;
  put(record: { id: string }): Promise<StorageResult<void>>;
  remove(id: string): Promise<StorageResult<void>>;
}

/** Sorts a thrown or reported storage error into the problem the user is told about. */
export function problemOf(error: unknown): CohortStorageProblem {
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return 'unavailable';
  return 'failed';
}
