import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** What the service worker has told the page; kept apart from the app store because nothing here is saved. */
export interface UpdateState {
  /** A new version is installed and waiting; reloading switches to it. */
  needRefresh: boolean;
  /** Everything is cached: the app now works with the network off. */
  offlineReady: boolean;
  /** Activates the waiting version, then the page reloads. */
  applyUpdate: () => Promise<void>;
}

const initial: UpdateState = { needRefresh: false, offlineReady: false, applyUpdate: async () => {} };

/** The update state the registration writes and the update prompt reads. */
export const updateStore = createStore<UpdateState>(() => initial);

/** Called when a new version is waiting; `applyUpdate` switches to it. */
export function markNeedRefresh(applyUpdate: () => Promise<void>): void {
  updateStore.setState({ needRefresh: true, applyUpdate });
}

/** Called once the first version is fully cached. */
export function markOfflineReady(): void {
  updateStore.setState({ offlineReady: true });
}

/** Hides the prompt for this visit; the waiting version still takes over on the next one. */
export function postponeUpdate(): void {
  updateStore.setState({ needRefresh: false });
}

/** Back to the first-visit state (tests). */
export function resetUpdateState(): void {
  updateStore.setState(initial, true);
}

/** True while a new version waits for the user's go-ahead. */
export function useNeedRefresh(): boolean {
  return useStore(updateStore, (s) => s.needRefresh);
}
