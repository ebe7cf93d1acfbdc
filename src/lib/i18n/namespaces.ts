import type { Language } from './languages';

type Resource = Record<string, unknown>;

// `common` (the shell, start page, errors) ships in the first bundle for both languages;
// every other namespace is a separate chunk fetched when a screen first needs it.
const eager = import.meta.glob<Resource>('../../../locales/*/common.json', { eager: true, import: 'default' });
const lazy = import.meta.glob<Resource>(['../../../locales/*/*.json', '!../../../locales/*/common.json'], {
  import: 'default',
});

const keyOf = (path: string) => {
  const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return m ? `${m[1]}/${m[2]}` : path;
};
const eagerByKey = new Map(Object.entries(eager).map(([p, r]) => [keyOf(p), r]));
const lazyByKey = new Map(Object.entries(lazy).map(([p, load]) => [keyOf(p), load]));

/** The resources bundled with the first screen, keyed as i18next expects. */
export function bundledResources(): Record<string, Record<string, Resource>> {
  const out: Record<string, Record<string, Resource>> = {};
  for (const [key, res] of eagerByKey) {
    const [lng, ns] = key.split('/') as [string, string];
    (out[lng] ??= {})[ns] = res;
  }
  return out;
}

/** Loads one namespace of one language; rejects when it does not exist. */
export async function loadNamespace(lng: Language | string, ns: string): Promise<Resource> {
  const key = `${lng}/${ns}`;
  const eagerRes = eagerByKey.get(key);
  if (eagerRes) return eagerRes;
  const load = lazyByKey.get(key);
  if (!load) throw new Error(`No locale file locales/${key}.json`);
  return load();
}
