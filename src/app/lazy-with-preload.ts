import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type PageModule = { default: ComponentType };

export type PreloadableComponent = LazyExoticComponent<ComponentType> & {
  /** Fetches and runs the component's chunk; resolves once rendering it can no longer suspend. */
  preload(): Promise<void>;
};

/**
 * `React.lazy` that can be fetched ahead of rendering. Once preloaded, the lazy factory hands React
 * an already-settled thenable, so the first render shows the component at once instead of showing
 * the Suspense fallback and revealing the page one throttled beat (~300 ms) later.
 */
export function lazyWithPreload(load: () => Promise<PageModule>): PreloadableComponent {
  let loaded: PageModule | undefined;
  let pending: Promise<PageModule> | undefined;
  const fetchModule = () =>
    (pending ??= load().then(
      (m) => (loaded = m),
      (err: unknown) => {
        pending = undefined; // A failed fetch (offline, new deploy) may be retried.
        throw err;
      },
    ));
  // React reads a thenable that calls back synchronously as already resolved (see React's lazyInitializer).
  const settled = (m: PageModule) => ({ then: (onFulfilled: (m: PageModule) => void) => onFulfilled(m) }) as unknown as Promise<PageModule>;
  const Component = lazy(() => (loaded ? settled(loaded) : fetchModule()));
  return Object.assign(Component, { preload: () => fetchModule().then(() => undefined) });
}
