import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, otherLanguage, type Language } from '@/lib/i18n/languages';

/** Every namespace the workshop's views draw text from. */
export const WORKSHOP_NAMESPACES = ['workshop', 'instrument', 'recommendations', 'cbam'] as const;

/** A translate function over those namespaces with keys built at run time (`instrument:rungs.${r}.name`). */
export type LooseT = (key: string, options?: Record<string, unknown>) => string;

interface OtherLanguage {
  lng: Language;
  t: LooseT;
}

const OtherLanguageContext = createContext<OtherLanguage | null>(null);

/**
 * Provides the second language of the bilingual view. The namespaces are always requested (in the
 * current language while the view is off, so nothing extra loads), and in the other language once it is on.
 */
export function OtherLanguageProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const { i18n } = useTranslation();
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  const other = otherLanguage(current);
  const options = useMemo(() => ({ lng: enabled ? other : current, useSuspense: false }), [enabled, other, current]);
  const { t, ready } = useTranslation([...WORKSHOP_NAMESPACES], options);
  const value = useMemo(() => (enabled && ready ? { lng: other, t: t as unknown as LooseT } : null), [enabled, ready, other, t]);
  return <OtherLanguageContext.Provider value={value}>{children}</OtherLanguageContext.Provider>;
}

export interface Bilingual {
  /** The text in the interface language, followed (in the bilingual view) by the other language. */
  bi: (key: string, options?: Record<string, unknown>) => ReactNode;
  /** The same as plain text ("R&D · 研发"), for canvas labels and attributes. */
  biText: (key: string, options?: Record<string, unknown>) => string;
  /** Only the interface language. */
  t: LooseT;
  lng: string;
  bilingual: boolean;
}

/** Text helpers for the workshop views; keys carry their namespace (`workshop:…`, `instrument:…`). */
export function useBilingual(): Bilingual {
  const other = useContext(OtherLanguageContext);
  const { t, i18n } = useTranslation([...WORKSHOP_NAMESPACES]);
  const loose = t as unknown as LooseT;
  const bi = useCallback(
    (key: string, options?: Record<string, unknown>): ReactNode => {
      const main = loose(key, options);
      if (!other) return main;
      return (
        <>
          {main}{' '}
          <span lang={other.lng} className="bi-other">
            {other.t(key, options)}
          </span>
        </>
      );
    },
    [loose, other],
  );
  const biText = useCallback(
    (key: string, options?: Record<string, unknown>) => (other ? `${loose(key, options)} · ${other.t(key, options)}` : loose(key, options)),
    [loose, other],
  );
  return { bi, biText, t: loose, lng: i18n.language, bilingual: !!other };
}
