import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { randomId } from '@/domain/assessment/new-assessment';
import { getCohortStorage, loadCohorts } from '@/lib/cohort-storage/cohort-storage';
import { createMemoryAdapter } from '@/lib/cohort-storage/memory-adapter';
import type { CohortStorageAdapter, CohortStorageProblem } from '@/lib/cohort-storage/storage-adapter';
import { newCohort, type StoredCohort } from '@/lib/cohort-storage/stored-cohort';

/** What went wrong with keeping cohorts, in the words the notice uses. */
export type CohortNotice = { kind: CohortStorageProblem } | { kind: 'unreadable'; count: number };

export interface CohortState {
  status: 'idle' | 'loading' | 'ready';
  cohorts: Record<string, StoredCohort>;
  /** True when cohorts last only for this session (no IndexedDB, or it failed to open). */
  memoryOnly: boolean;
  notice: CohortNotice | null;
  load: () => Promise<void>;
  create: (name: string, now: number) => string;
  /** Applies `change` to a cohort, then saves it; the change holds in memory even if saving fails. */
  update: (id: string, change: (c: StoredCohort) => StoredCohort, now: number) => void;
  remove: (id: string) => void;
  dismissNotice: () => void;
}

export type CohortStore = StoreApi<CohortState>;

/**
 * The cohorts of this device, written through to `adapter` on every change. Saving never blocks
 * or throws: a failure leaves the cohort working in memory and sets a notice for the facilitator.
 */
export function createCohortStore(initial: CohortStorageAdapter): CohortStore {
  let adapter = initial;
  return createStore<CohortState>()((set, get) => {
    const report = (problem: CohortStorageProblem) => {
      if (problem === 'unavailable') set({ memoryOnly: true });
      set({ notice: { kind: problem } });
    };
    const save = async (id: string) => {
      const c = get().cohorts[id];
      if (!c || get().memoryOnly) return;
      const r = await adapter.put(c);
      if (!r.ok) report(r.problem);
    };
    return {
      status: 'idle',
      cohorts: {},
      memoryOnly: !adapter.persistent,
      notice: adapter.persistent ? null : { kind: 'unavailable' },
      load: async () => {
        if (get().status !== 'idle') return;
        set({ status: 'loading' });
        const r = await loadCohorts(adapter);
        if (!r.ok) {
          // IndexedDB would not open (private mode): keep going in memory for this session.
          adapter = createMemoryAdapter();
          set({ status: 'ready', memoryOnly: true, notice: { kind: 'unavailable' } });
          return;
        }
        const cohorts = Object.fromEntries(r.cohorts.map((c) => [c.id, c]));
        set((s) => ({ status: 'ready', cohorts: { ...cohorts, ...s.cohorts }, notice: r.unreadable ? { kind: 'unreadable', count: r.unreadable } : s.notice }));
      },
      create: (name, now) => {
        let id = randomId();
        while (get().cohorts[id]) id = randomId();
        set((s) => ({ cohorts: { ...s.cohorts, [id]: newCohort(id, name, now) } }));
        void save(id);
        return id;
      },
      update: (id, change, now) => {
        const c = get().cohorts[id];
        if (!c) return;
        set((s) => ({ cohorts: { ...s.cohorts, [id]: { ...change(c), id, updatedAt: now } } }));
        void save(id);
      },
      remove: (id) => {
        set((s) => {
          const cohorts = { ...s.cohorts };
          delete cohorts[id];
          return { cohorts };
        });
        if (!get().memoryOnly) void adapter.remove(id).then((r) => (r.ok ? undefined : report(r.problem)));
      },
      dismissNotice: () => set({ notice: null }),
    };
  });
}

let store: { adapter: CohortStorageAdapter; store: CohortStore } | null = null;

/** The workshop's cohort store, made for the current storage adapter (tests swap the adapter). */
export function cohortStore(): CohortStore {
  const adapter = getCohortStorage();
  if (store?.adapter !== adapter) store = { adapter, store: createCohortStore(adapter) };
  return store.store;
}

/** Reads a slice of the cohort store and re-renders when it changes. */
export function useCohorts<T>(selector: (s: CohortState) => T): T {
  return useStore(cohortStore(), selector);
}
