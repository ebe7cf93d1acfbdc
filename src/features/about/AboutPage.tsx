import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import { INSTRUMENT_VERSION } from '@/content/version';

const LIMITS = ['selfReport', 'thresholds', 'references', 'cbam', 'advice'] as const;

/** Credits the paper behind the framework and states what the method cannot do. */
export default function AboutPage() {
  const { t } = useTranslation();
  return (
    <article className="stack prose">
      <PageTitle>{t('about.title')}</PageTitle>
      <section aria-labelledby="about-source">
        <h2 id="about-source">{t('about.sourceTitle')}</h2>
        <p>{t('about.source')}</p>
      </section>
      <section aria-labelledby="about-limits">
        <h2 id="about-limits">{t('about.limitsTitle')}</h2>
        <ul>
          {LIMITS.map((k) => (
            <li key={k}>{t(`about.limits.${k}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="about-privacy">
        <h2 id="about-privacy">{t('about.privacyTitle')}</h2>
        <p>{t('about.privacy')}</p>
      </section>
      <section aria-labelledby="about-version">
        <h2 id="about-version">{t('about.licenceTitle')}</h2>
        <p>{t('about.licence', { version: INSTRUMENT_VERSION })}</p>
      </section>
    </article>
  );
}
