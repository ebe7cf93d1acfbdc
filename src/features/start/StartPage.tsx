import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import { formatDate } from '@/lib/format';
import { href, navigate } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';

/** The first screen: what Chuhai measures, how long it takes, and that answers stay here. */
export function StartPage() {
  const { t, i18n } = useTranslation();
  const current = useAppStore((s) => (s.currentId ? s.assessments[s.currentId] : undefined));
  const createAssessment = useAppStore((s) => s.createAssessment);

  const begin = () => {
    const id = createAssessment();
    navigate(href(['assess', id]));
  };

  return (
    <article className="stack start">
      <PageTitle>{t('start.title')}</PageTitle>
      <p className="lead">{t('start.intro')}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={begin}>
          {t('start.begin')}
        </button>
        <a className="button" href={href(['assess', 'quick'])}>
          {t('start.quick')}
        </a>
        {current && (
          <a className="button" href={href(['assess', current.id])}>
            {current.name
              ? t('start.resume', { name: current.name })
              : t('start.resumeAnonymous', { date: formatDate(i18n.language, current.createdAt) })}
          </a>
        )}
        <a className="button quiet" href="#/results/example">
          {t('start.example')}
        </a>
      </div>
      <div className="cards">
        <section className="card" aria-labelledby="start-measures">
          <h2 id="start-measures">{t('start.measuresTitle')}</h2>
          <ul>
            <li>{t('start.measures.ladder')}</li>
            <li>{t('start.measures.models')}</li>
            <li>{t('start.measures.gaps')}</li>
          </ul>
          <h3>{t('start.dimensionsTitle')}</h3>
          <p>{t('start.dimensionsList')}</p>
        </section>
        <section className="card" aria-labelledby="start-time">
          <h2 id="start-time">{t('start.timeTitle')}</h2>
          <p>{t('start.time')}</p>
          <p>{t('start.quickHint')}</p>
          <p>{t('start.works')}</p>
        </section>
        <section className="card privacy" aria-labelledby="start-privacy">
          <h2 id="start-privacy">{t('start.privacyTitle')}</h2>
          <p>{t('start.privacy')}</p>
        </section>
      </div>
    </article>
  );
}
