import type { migratePersisted } from './persisted-state-schema';

/** Reads a stored value into the current shape, or says why it cannot (see persisted-state-schema.ts). */
export type Migrate = typeof migratePersisted;

/** Where the storage adapter gets its validator: whether it is here yet, and how to fetch it. */
export interface ValidatorSource {
  current: () => Migrate | null;
  load: () => Promise<Migrate>;
}

let loaded: Migrate | null = null;
let loading: Promise<Migrate> | null = null;

/**
 * The validator of saved data (zod and the schemas, a tenth of the first bundle) is fetched only
 * when there is saved data to read, or in the background after the first paint. A first visit,
 * the one that downloads everything over the network, paints without it; later visits load it
 * from the service worker's cache.
 */
export const lazyValidator: ValidatorSource = {
  current: () => loaded,
  load: () => {
    loading ??= import('./persisted-state-schema').then(
      (m) => (loaded = m.migratePersisted),
      (e: unknown) => {
        loading = null; // a later call tries again
        throw e;
      },
    );
    return loading;
  },
};
