import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, otherLanguage, type Language } from '@/lib/i18n/languages';
import { asTextFn, type TextFn } from './instrument-text';

const NAMESPACES = ['questionnaire', 'instrument', 'questions'] as const;

/** The second language of the bilingual view. */
export interface OtherLanguage {
  lng: Language;
  t: TextFn;
}

/**
 * When `enabled`, loads the other language's question texts on demand and returns a translate
 * function fixed to it; null while off or still loading (the view then shows one language).
 */
export function useOtherLanguage(enabled: boolean): OtherLanguage | null {
  const { i18n } = useTranslation();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const other = otherLanguage(current);
  const [loaded, setLoaded] = useState<Language | null>(() =>
    NAMESPACES.every((ns) => i18n.hasResourceBundle(other, ns)) ? other : null,
  );

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    // loadLanguages adds the language to those i18next keeps loaded; loadNamespaces then waits
    // for any fetch of these namespaces still in flight, in every loaded language.
    void i18n
      .loadLanguages(other)
      .then(() => i18n.loadNamespaces([...NAMESPACES]))
      .then(() => {
        if (live && NAMESPACES.every((ns) => i18n.hasResourceBundle(other, ns))) setLoaded(other);
      });
    return () => {
      live = false;
    };
  }, [enabled, other, i18n]);

  return useMemo(
    () => (enabled && loaded === other ? { lng: other, t: asTextFn(i18n.getFixedT(other, [...NAMESPACES])) } : null),
    [enabled, loaded, other, i18n],
  );
}
