import type { i18n as I18n, Namespace } from 'i18next';

/**
 * A translate function for keys built from content ids (rungs, gates, rules). They cannot be literal
 * types; test/unit/locales.test.ts and the content tests check both languages hold every one.
 */
export type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** `ns` in `lng`, with free-form keys. */
export function looseT(i18n: I18n, lng: string, ns: Namespace): LooseT {
  return i18n.getFixedT(lng, ns) as unknown as LooseT;
}
