import type { Language } from './languages';

type Resource = Record<string, unknown>;

// Every namespace of every language is a chunk of its own, fetched when first needed: the first
// screen loads `common` in the interface language only (index.html starts that fetch with the page,
// see the routePreload plugin in vite.config.ts), never the text of the other language.
const lazy = import.meta.glob<Resource>('../../../locales/*/*.json', { import: 'default' });

const keyOf = (path: string) => {
  const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return m ? `${m[1]}/${m[2]}` : path;
};
const lazyByKey = new Map(Object.entries(lazy).map(([p, load]) => [keyOf(p), load]));

/** Loads one namespace of one language; rejects when it does not exist. */
export async function loadNamespace(lng: Language | string, ns: string): Promise<Resource> {
  const key = `${lng}/${ns}`;
  const load = lazyByKey.get(key);
  if (!load) throw new Error(`No locale file locales/${key}.json`);
  return load();
}
