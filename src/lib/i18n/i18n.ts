import { createInstance, type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from './languages';
import { loadNamespace } from './namespaces';

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    loadNamespace(lng, ns).then(
      (data) => callback(null, data),
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), false),
    );
  },
};

/**
 * Creates and initialises an i18next instance for the app (or a test) in `lng`.
 * Keys missing in the current language fall back to nothing: a test guarantees both
 * languages have every key, and in development a missing key is logged loudly.
 */
export async function createI18n(lng: Language): Promise<I18n> {
  const instance = createInstance();
  await instance
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng,
      supportedLngs: [...LANGUAGES],
      fallbackLng: false,
      load: 'currentOnly',
      // Resolves once `common` of `lng` has been fetched: the first render has its text.
      ns: ['common'],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes.
      returnNull: false,
      saveMissing: import.meta.env.DEV,
      missingKeyHandler: (lngs, ns, key) => {
        console.error(`[i18n] missing key ${ns}:${key} for ${lngs.join(',')}`);
      },
      react: { useSuspense: true },
    });
  return instance;
}
