import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { href, navigate } from '@/lib/router/hash-route';
import type { CohortData } from './cohort-data';
import { TakeAway } from './TakeAway';
import { CbamView } from './views/CbamView';
import { CompletenessView } from './views/CompletenessView';
import { DimensionsView } from './views/DimensionsView';
import { FirmsTable } from './views/FirmsTable';
import { LadderView } from './views/LadderView';
import { MapView } from './views/MapView';
import { OverviewView } from './views/OverviewView';
import { RecommendationsView } from './views/RecommendationsView';

/** The cohort dashboard: every view on one page (also the printed A4 summary), then the take-away. */
export function Dashboard({ data }: { data: CohortData }) {
  const { t, i18n } = useTranslation('workshop');
  const { cohort, aggregate } = data;
  // The date the summary is printed on: when the dashboard was opened is close enough.
  const [openedAt] = useState(() => Date.now());
  if (aggregate.count === 0) {
    return (
      <section className="card stack">
        <h2>{t('empty.title')}</h2>
        <p>{t('empty.body')}</p>
        <a className="button primary" href={href(['workshop', cohort.id, 'firms'])}>
          {t('empty.gather')}
        </a>
      </section>
    );
  }
  return (
    <div className="stack dashboard">
      <div className="print-only print-header">
        <p className="print-title" dir="auto">
          {t('print.title', { name: cohort.name })}
        </p>
        <p>
          {t('print.meta', {
            firms: t('cohorts.firms', { count: aggregate.count }),
            date: formatDate(i18n.language, openedAt),
            labels: t(cohort.showNames ? 'print.named' : 'print.anonymous'),
          })}
        </p>
      </div>
      <div className="actions screen-only">
        <button type="button" className="button primary" aria-pressed={false} onClick={() => navigate(href(['workshop', cohort.id, 'overview']))}>
          {t('projector.enter')}
        </button>
      </div>
      <OverviewView data={data} />
      <LadderView data={data} />
      <MapView data={data} />
      <DimensionsView data={data} />
      <RecommendationsView data={data} />
      <CbamView data={data} />
      <CompletenessView data={data} />
      <FirmsTable data={data} />
      <TakeAway data={data} />
    </div>
  );
}
