import { useMemo, useSyncExternalStore } from 'react';

/**
 * Routing lives in the URL hash so that the same build works from a server, as an
 * installed PWA and as a single file opened from disk (file:// has no server to rewrite paths).
 */
export interface Route {
  /** Decoded path segments: `#/results/abc` → ['results', 'abc']. */
  segments: string[];
  query: URLSearchParams;
}

/** Parses a location hash; never throws on malformed escapes. */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = body.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { segments, query: new URLSearchParams(queryPart) };
}

/** Builds a hash link from path segments and optional query parameters. */
export function href(segments: readonly string[], query?: Record<string, string>): string {
  const path = segments.map(encodeURIComponent).join('/');
  const qs = query ? new URLSearchParams(query).toString() : '';
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

/** Moves to a route; `replace` keeps the back button from returning to the old one. */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) {
    const url = new URL(window.location.href);
    url.hash = to;
    window.history.replaceState(window.history.state, '', url);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = to;
  }
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};
const getHash = () => window.location.hash;

/** The current route, re-rendering on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return useMemo(() => parseHash(hash), [hash]);
}
