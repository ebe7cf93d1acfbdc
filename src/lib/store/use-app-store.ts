import { useStore } from 'zustand';
import { createAppStore, type AppState } from './app-store';
import { STORAGE_KEY } from './persisted-state';
import { lazyValidator } from './persisted-validator';

/** The store the app runs on; tests create their own with `createAppStore`. */
export const appStore = createAppStore();

/** Another tab saved: take its changes (the storage adapter merges on every write), once they can be checked. */
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === STORAGE_KEY) lazyValidator.load().then(() => appStore.persist.rehydrate(), () => undefined);
  });
}

/** Reads a slice of the app store and re-renders when it changes. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}
