import { LazyDetails } from '@/components/ui/LazyDetails';
import { useTranslation } from 'react-i18next';
import type { Answers } from '@/domain/assessment/assessment';
import { hasValue } from '@/domain/assessment/answer-value';
import { lazy, Suspense } from 'react';

// The panel brings react-hook-form, the CBAM arithmetic and the code table: fetched only when it is shown.
const CbamPanel = lazy(() => import('./cbam/CbamPanel').then((m) => ({ default: m.CbamPanel })));

/**
 * The CBAM estimate: open for firms that export CBAM goods to the EU or name a CBAM product family (the panel starts
 * from that family, or from their sector as a labelled fallback, and their tonnage), folded away for everyone else.
 */
export function CbamSection({ answers }: { answers: Answers }) {
  const { t } = useTranslation('results');
  const goods = answers['profile.cbam_goods'];
  const exposed = (hasValue(goods) && goods!.value === 'yes') || hasValue(answers['profile.cbam_product']);
  const panel = (
    <Suspense fallback={<div className="chart-box placeholder" />}>
      <CbamPanel exposed={exposed} answers={answers} />
    </Suspense>
  );
  if (exposed) return <section className="card results-section">{panel}</section>;
  return (
    <LazyDetails className="card results-section cbam-details" summary={t('cbam.show')}>
      {panel}
    </LazyDetails>
  );
}
