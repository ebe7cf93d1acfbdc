import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { createAssessmentsSlice, type AssessmentsSlice } from './assessments-slice';
import { createPreferencesSlice, type PreferencesSlice } from './preferences-slice';
import { createStorageSlice, type StorageSlice } from './storage-slice';
import { createSafeStorage, type StorageProblem } from './safe-storage';
import { PERSIST_VERSION, STORAGE_KEY, emptyPersistedState, migratePersisted, type PersistedState } from './persisted-state';

export type AppState = AssessmentsSlice & PreferencesSlice & StorageSlice;
export type AppStore = Mutate<StoreApi<AppState>, [['zustand/persist', PersistedState]]>;

export interface AppStoreOptions {
  /** Browser storage; tests pass a fake. Access may throw (private mode). */
  getBackend?: () => Storage;
}

/**
 * Creates the one application store: assessments and preferences persisted under
 * `STORAGE_KEY` (versioned, migrated, validated), storage problems kept in memory.
 */
export function createAppStore({ getBackend = () => window.localStorage }: AppStoreOptions = {}): AppStore {
  // Problems found while hydrating arrive before the store exists; queue them until it does.
  const early: StorageProblem[] = [];
  let store: AppStore | null = null;
  const onProblem = (p: StorageProblem) => (store ? store.getState().reportStorageProblem(p) : early.push(p));

  store = createStore<AppState>()(
    persist(
      (...a) => ({ ...createAssessmentsSlice(...a), ...createPreferencesSlice(...a), ...createStorageSlice(...a) }),
      {
        name: STORAGE_KEY,
        version: PERSIST_VERSION,
        storage: createSafeStorage({ getBackend, onProblem }),
        partialize: (s): PersistedState => ({
          assessments: s.assessments,
          deleted: s.deleted,
          currentId: s.currentId,
          preferences: s.preferences,
        }),
        // The storage adapter already migrates and validates; this is the safety net for
        // a value persist itself finds older, and it never throws.
        migrate: (persisted, version) => {
          const r = migratePersisted(persisted, version);
          return (r.ok ? r.state : emptyPersistedState()) as unknown as AppState;
        },
      },
    ),
  );
  for (const p of early) store.getState().reportStorageProblem(p);
  return store;
}
