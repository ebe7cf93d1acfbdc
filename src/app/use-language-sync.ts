import { useEffect } from 'react';
import type { i18n as I18n } from 'i18next';
import { useAppStore } from '@/lib/store/use-app-store';
import { LANGUAGE_HINT_KEY } from './route-needs';

/** Keeps i18next, `<html lang>` and the document title in step with the stored language preference. */
export function useLanguageSync(i18n: I18n): void {
  const language = useAppStore((s) => s.preferences.language);
  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);
  useEffect(() => {
    const apply = (lng: string) => {
      document.documentElement.lang = lng;
      // A copy for index.html's early preload, which runs before the store is read (see route-needs.ts).
      try {
        localStorage.setItem(LANGUAGE_HINT_KEY, lng);
      } catch {
        // Storage blocked or full: the preload then guesses from the browser, which costs nothing but time.
      }
      // Pages refine this with their own heading (PageTitle).
      if (!document.title.includes('·')) document.title = i18n.t('app.fullName');
    };
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);
}
