import { LazyDetails } from '@/components/ui/LazyDetails';
import { useTranslation } from 'react-i18next';
import type { Answers } from '@/domain/assessment/assessment';
import { isCbamSector } from '@/domain/cbam/cbam-rules';
import { lazy, Suspense } from 'react';

// The panel brings react-hook-form and the CBAM arithmetic: fetched only when it is shown.
const CbamPanel = lazy(() => import('./cbam/CbamPanel').then((m) => ({ default: m.CbamPanel })));

/**
 * The CBAM estimate: open for firms that export CBAM goods to the EU (starting from their sector
 * and tonnage), folded away but available to everyone else.
 */
export function CbamSection({ answers }: { answers: Answers }) {
  const { t } = useTranslation('results');
  const exposed = answers['profile.cbam_goods']?.value === 'yes' && !answers['profile.cbam_goods']?.dontKnow;
  const industry = answers['profile.industry']?.value;
  const tonnes = answers['profile.cbam_tonnes']?.value;
  const panel = (
    <Suspense fallback={<div className="chart-box placeholder" />}>
      <CbamPanel
        exposed={exposed}
        {...(isCbamSector(industry) ? { initialSector: industry } : {})}
        {...(exposed && typeof tonnes === 'number' && Number.isFinite(tonnes) ? { initialTonnes: tonnes } : {})}
      />
    </Suspense>
  );
  if (exposed) return <section className="card results-section">{panel}</section>;
  return (
    <LazyDetails className="card results-section cbam-details" summary={t('cbam.show')}>
      {panel}
    </LazyDetails>
  );
}
