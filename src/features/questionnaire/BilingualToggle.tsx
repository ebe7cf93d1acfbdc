import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/lib/store/use-app-store';

/** Shows every question, option and help text in both languages at once (mixed workshops). Remembered. */
export function BilingualToggle() {
  const { t } = useTranslation('questionnaire');
  const bilingual = useAppStore((s) => s.preferences.bilingual);
  const setBilingual = useAppStore((s) => s.setBilingual);
  return (
    <button type="button" className="button quiet bilingual-toggle" aria-pressed={bilingual} onClick={() => setBilingual(!bilingual)}>
      {t('bilingual.toggle')}
    </button>
  );
}
