import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';
import type { StorageProblem } from './safe-storage';

/** Not persisted: what the user must be told about storage in this session. */
export interface StorageSlice {
  storageProblems: StorageProblem[];
  /**
   * The last save was refused (storage full): the latest changes live only in this window's memory
   * until a save succeeds again. Stays true when the notice is dismissed.
   */
  unsavedChanges: boolean;
  reportStorageProblem: (problem: StorageProblem) => void;
  dismissStorageProblem: (index: number) => void;
  /** A save succeeded again: the full-storage notice has done its work. */
  storageSaved: () => void;
}

export const createStorageSlice: StateCreator<AppState, [], [], StorageSlice> = (set) => ({
  storageProblems: [],
  unsavedChanges: false,
  reportStorageProblem: (problem) =>
    set((s) => {
      const unsavedChanges = s.unsavedChanges || problem.kind === 'quota';
      // One notice per kind is enough; a full disk reports on every write.
      if (s.storageProblems.some((p) => p.kind === problem.kind)) return unsavedChanges === s.unsavedChanges ? s : { unsavedChanges };
      return { storageProblems: [...s.storageProblems, problem], unsavedChanges };
    }),
  dismissStorageProblem: (index) => set((s) => ({ storageProblems: s.storageProblems.filter((_, i) => i !== index) })),
  storageSaved: () =>
    set((s) => {
      if (!s.unsavedChanges && !s.storageProblems.some((p) => p.kind === 'quota')) return s;
      return { unsavedChanges: false, storageProblems: s.storageProblems.filter((p) => p.kind !== 'quota') };
    }),
});
