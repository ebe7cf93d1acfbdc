import type { Language } from './languages';

type Resource = Record<string, unknown>;

/**
 * The shell's text (`common`) and the instrument's vocabulary (`instrument`: rungs, gates,
 * dimensions, 2 kB) travel together, one file per language (`shell-text.<lng>.ts`): the first
 * screen needs the one, every screen past it both, and on a slow connection one file fewer to
 * fetch before a result can paint matters more than 2 kB. index.html starts fetching it in the
 * interface language with the page (see the routePreload plugin in vite.config.ts).
 */
const SHELL_NAMESPACES = new Set(['common', 'instrument']);
const shell = import.meta.glob<Record<'common' | 'instrument', Resource>>('./shell-text.*.ts');

// Every other namespace of every language is a chunk of its own, fetched when a screen first needs it.
const lazy = import.meta.glob<Resource>(['../../../locales/*/*.json', '!../../../locales/*/common.json', '!../../../locales/*/instrument.json'], {
  import: 'default',
});

const keyOf = (path: string) => {
  const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  return m ? `${m[1]}/${m[2]}` : path;
};
const lazyByKey = new Map(Object.entries(lazy).map(([p, load]) => [keyOf(p), load]));

/** Loads one namespace of one language; rejects when it does not exist. */
export async function loadNamespace(lng: Language | string, ns: string): Promise<Resource> {
  const key = `${lng}/${ns}`;
  if (SHELL_NAMESPACES.has(ns)) {
    const loadShell = shell[`./shell-text.${lng}.ts`];
    if (!loadShell) throw new Error(`No shell text for ${lng} (src/lib/i18n/shell-text.${lng}.ts)`);
    return (await loadShell())[ns as 'common' | 'instrument'];
  }
  const load = lazyByKey.get(key);
  if (!load) throw new Error(`No locale file locales/${key}.json`);
  return load();
}
