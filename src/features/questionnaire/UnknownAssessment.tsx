import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import { href, navigate } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';

/** An address naming an assessment this browser does not hold (deleted, or started elsewhere). */
export function UnknownAssessment() {
  const { t } = useTranslation('questionnaire');
  const createAssessment = useAppStore((s) => s.createAssessment);
  const start = () => navigate(href(['assess', createAssessment(), 'profile']), { replace: true });
  return (
    <div className="stack">
      <PageTitle>{t('unknown.title')}</PageTitle>
      <p>{t('unknown.body')}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={start}>
          {t('unknown.start')}
        </button>
        <a className="button" href={href(['assessments'])}>
          {t('unknown.list')}
        </a>
      </div>
    </div>
  );
}
