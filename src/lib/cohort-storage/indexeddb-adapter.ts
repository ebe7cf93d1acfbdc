import { problemOf, type CohortStorageAdapter, type StorageResult } from './storage-adapter';

const DB_NAME = 'chuhai-workshop';
const DB_VERSION = 1;
const STORE = 'cohorts';

/** Settles a request as a result; never rejects. */
function settle<T>(request: IDBRequest<T>): Promise<StorageResult<T>> {
  return new Promise((resolve) => {
    request.onsuccess = () => resolve({ ok: true, value: request.result });
    request.onerror = (e) => {
      // Handled here: without preventDefault the error would also abort the transaction noisily.
      e.preventDefault();
      resolve({ ok: false, problem: problemOf(request.error) });
    };
  });
}

function openDatabase(factory: IDBFactory): Promise<StorageResult<IDBDatabase>> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, DB_VERSION);
    } catch {
      return resolve({ ok: false, problem: 'unavailable' });
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve({ ok: true, value: request.result });
    request.onerror = () => resolve({ ok: false, problem: 'unavailable' });
    request.onblocked = () => resolve({ ok: false, problem: 'unavailable' });
  });
}

/**
 * Cohorts in IndexedDB (a workshop of 500 firms is 2–3 MB, too much for the app's localStorage key),
 * through a small promise wrapper. Opening fails as 'unavailable' (private mode), a full disk as 'quota'.
 */
export function createIndexedDbAdapter(factory: IDBFactory): CohortStorageAdapter {
  let db: Promise<StorageResult<IDBDatabase>> | null = null;
  const connect = () => (db ??= openDatabase(factory));

  async function run<T>(mode: IDBTransactionMode, op: (store: IDBObjectStore) => IDBRequest<T>): Promise<StorageResult<T>> {
    const opened = await connect();
    if (!opened.ok) return opened;
    try {
      const tx = opened.value.transaction(STORE, mode);
      // Listen before the request runs: a write is only safe once its transaction commits
      // (a quota error may arrive only then).
      const done = new Promise<StorageResult<void>>((resolve) => {
        tx.oncomplete = () => resolve({ ok: true, value: undefined });
        tx.onabort = () => resolve({ ok: false, problem: problemOf(tx.error) });
      });
      const result = await settle(op(tx.objectStore(STORE)));
      if (!result.ok) return result;
      const committed = await done;
      return committed.ok ? result : committed;
    } catch (e) {
      // transaction() or put() throw synchronously on a closed database or an uncloneable record.
      return { ok: false, problem: problemOf(e) };
    }
  }

  return {
    persistent: true,
    list: () => run('readonly', (s) => s.getAll() as IDBRequest<unknown[]>),
    put: async (record) => {
      const r = await run('readwrite', (s) => s.put(record));
      return r.ok ? { ok: true, value: undefined } : r;
    },
    remove: async (id) => {
      const r = await run('readwrite', (s) => s.delete(id));
      return r.ok ? { ok: true, value: undefined } : r;
    },
  };
}
