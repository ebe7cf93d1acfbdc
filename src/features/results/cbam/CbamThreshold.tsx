import { useTranslation } from 'react-i18next';
import type { CbamEstimate } from '@/domain/cbam/estimate-cbam';
import { gap, num } from './cbam-format';

/** What the 50-tonne de-minimis threshold means for these figures (always explained; the verdict needs valid figures). */
export function CbamThreshold({ estimate, headingId }: { estimate: CbamEstimate | null; headingId: string }) {
  const { t, i18n } = useTranslation('cbam');
  let verdict: string | null = null;
  if (estimate) {
    const quantity = `${num(i18n.language, estimate.tonnesPerYear, 3)}${gap(i18n.language)}${t(`units.quantity_${estimate.unit}`)}`;
    if (!estimate.deMinimis.applies) verdict = t('deMinimis.never', { sector: t(`sectors.${estimate.sector}`) });
    else verdict = t(estimate.deMinimis.exempt ? 'deMinimis.exempt' : 'deMinimis.notExempt', { quantity });
  }
  return (
    <section className="cbam-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('deMinimis.title')}</h3>
      <p>{t('deMinimis.explain')}</p>
      {verdict && <p className={estimate?.deMinimis.exempt ? 'cbam-note ok' : 'cbam-note'}>{verdict}</p>}
    </section>
  );
}
