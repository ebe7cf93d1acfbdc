import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';
import type { StorageProblem } from './safe-storage';

/** Not persisted: what the user must be told about storage in this session. */
export interface StorageSlice {
  storageProblems: StorageProblem[];
  reportStorageProblem: (problem: StorageProblem) => void;
  dismissStorageProblem: (index: number) => void;
}

export const createStorageSlice: StateCreator<AppState, [], [], StorageSlice> = (set) => ({
  storageProblems: [],
  reportStorageProblem: (problem) =>
    set((s) => {
      // One notice per kind is enough; a full disk reports on every write.
      if (s.storageProblems.some((p) => p.kind === problem.kind)) return s;
      return { storageProblems: [...s.storageProblems, problem] };
    }),
  dismissStorageProblem: (index) => set((s) => ({ storageProblems: s.storageProblems.filter((_, i) => i !== index) })),
});
