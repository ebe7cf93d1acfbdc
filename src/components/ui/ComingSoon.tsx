import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle';

/** An honest placeholder for an area that is not built yet. */
export function ComingSoon({ area }: { area: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="coming-title" className="stack">
      <PageTitle>{area}</PageTitle>
      <h2 id="coming-title">{t('coming.title')}</h2>
      <p>{t('coming.body')}</p>
    </section>
  );
}
