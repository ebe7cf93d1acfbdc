import { useTranslation } from 'react-i18next';
import { otherLanguage, type Language } from '@/lib/i18n/languages';
import { useAppStore } from '@/lib/store/use-app-store';

/**
 * The language control: labelled in the language it switches to (中文 / English), so a reader
 * of either language can find it. Only the preference changes; answers are untouched.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLanguage = useAppStore((s) => s.setLanguage);
  const target = otherLanguage(i18n.language as Language);
  return (
    <button type="button" className="language-switch" onClick={() => setLanguage(target)}>
      <span className="sr-only">{t('language.switchHint')} </span>
      <span lang={target}>{t('language.switchTo')}</span>
    </button>
  );
}
