import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { createAssessmentsSlice, type AssessmentsSlice } from './assessments-slice';
import { createPreferencesSlice, type PreferencesSlice } from './preferences-slice';
import { createScenariosSlice, type ScenariosSlice } from './scenarios-slice';
import { createStorageSlice, type StorageSlice } from './storage-slice';
import { createSafeStorage, type StorageProblem } from './safe-storage';
import { PERSIST_VERSION, STORAGE_KEY, emptyPersistedState, type PersistedState } from './persisted-state';
import { lazyValidator, type ValidatorSource } from './persisted-validator';

export type AppState = AssessmentsSlice & ScenariosSlice & PreferencesSlice & StorageSlice;
export type AppStore = Mutate<StoreApi<AppState>, [['zustand/persist', PersistedState]]>;

export interface AppStoreOptions {
  /** Browser storage; tests pass a fake. Access may throw (private mode). */
  getBackend?: () => Storage;
  /** The validator of saved data; by default fetched when there is saved data to read. */
  validator?: ValidatorSource;
}

/** Whether anything is saved under the app's key (false when storage cannot be read at all). */
function hasSavedState(getBackend: () => Storage): boolean {
  try {
    return getBackend().getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Creates the one application store: assessments and preferences persisted under
 * `STORAGE_KEY` (versioned, migrated, validated), storage problems kept in memory.
 * With nothing saved, or the validator at hand, it is ready at once; otherwise `hydrateAppStore`
 * reads the saved data once the validator has been fetched.
 */
export function createAppStore({ getBackend = () => window.localStorage, validator = lazyValidator }: AppStoreOptions = {}): AppStore {
  // Problems found while hydrating arrive before the store exists; queue them until it does.
  const early: StorageProblem[] = [];
  let store: AppStore | null = null;
  const onProblem = (p: StorageProblem) => (store ? store.getState().reportStorageProblem(p) : early.push(p));

  store = createStore<AppState>()(
    persist(
      (...a) => ({ ...createAssessmentsSlice(...a), ...createScenariosSlice(...a), ...createPreferencesSlice(...a), ...createStorageSlice(...a) }),
      {
        name: STORAGE_KEY,
        version: PERSIST_VERSION,
        storage: createSafeStorage({ getBackend, onProblem, onSaved: () => store?.getState().storageSaved(), validator }),
        skipHydration: true,
        partialize: (s): PersistedState => ({
          assessments: s.assessments,
          deleted: s.deleted,
          currentId: s.currentId,
          preferences: s.preferences,
        }),
        // The storage adapter already migrates and validates; this is the safety net for
        // a value persist itself finds older, and it never throws.
        migrate: (persisted, version) => {
          const r = validator.current()?.(persisted, version);
          return (r?.ok ? r.state : emptyPersistedState()) as unknown as AppState;
        },
      },
    ),
  );
  // The storage is synchronous, so this hydrates before it returns.
  if (validator.current() || !hasSavedState(getBackend)) void store.persist.rehydrate();
  for (const p of early) store.getState().reportStorageProblem(p);
  return store;
}

/** Reads the saved data into `store` if that waits for the validator; resolves once the store is ready. */
export async function hydrateAppStore(store: AppStore, validator: ValidatorSource = lazyValidator): Promise<void> {
  if (store.persist.hasHydrated()) return;
  try {
    await validator.load();
  } catch {
    // Not fetched: the store starts empty, the user is told their work cannot be saved now, and
    // nothing is written over what is saved (see safe-storage).
    store.getState().reportStorageProblem({ kind: 'unavailable' });
    return;
  }
  await store.persist.rehydrate();
}
