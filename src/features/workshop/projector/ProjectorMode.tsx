import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import { isLanguage, otherLanguage } from '@/lib/i18n/languages';
import { href, navigate } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { useBilingual } from '../bilingual';
import type { CohortData } from '../cohort-data';
import { VIEWS, type ViewId } from '../views';
import { CbamView } from '../views/CbamView';
import { CompletenessView } from '../views/CompletenessView';
import { DimensionsView } from '../views/DimensionsView';
import { LadderView } from '../views/LadderView';
import { MapView } from '../views/MapView';
import { OverviewView } from '../views/OverviewView';
import { RecommendationsView } from '../views/RecommendationsView';
import { useArrowKeys } from './use-arrow-keys';

function View({ view, data }: { view: ViewId; data: CohortData }) {
  switch (view) {
    case 'overview':
      return <OverviewView data={data} />;
    case 'ladder':
      return <LadderView data={data} />;
    case 'map':
      return <MapView data={data} />;
    case 'dimensions':
      return <DimensionsView data={data} projector />;
    case 'recommendations':
      return <RecommendationsView data={data} projector />;
    case 'cbam':
      return <CbamView data={data} projector />;
    case 'completeness':
      return <CompletenessView data={data} />;
  }
}

/**
 * Projector mode: large type, high contrast, one view per screen; the buttons or the Left and Right
 * arrow keys move between views. Language and the bilingual view can be switched here too.
 */
export function ProjectorMode({ data, view, progress }: { data: CohortData | null; view: ViewId; progress: ReactNode }) {
  const { t, i18n } = useTranslation(['workshop', 'common']);
  const { biText } = useBilingual();
  const bilingual = useAppStore((s) => s.preferences.bilingual);
  const setBilingual = useAppStore((s) => s.setBilingual);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const cohortId = data?.cohort.id;
  const index = VIEWS.indexOf(view);
  const go = (step: number) => {
    const next = VIEWS[(index + step + VIEWS.length) % VIEWS.length]!;
    if (cohortId) navigate(href(['workshop', cohortId, next]), { replace: true });
  };
  useArrowKeys(go);

  // The bilingual view switched on for the room is the projector's: leaving restores what the user had before.
  const [bilingualOnEntry] = useState(bilingual);
  useEffect(() => () => setBilingual(bilingualOnEntry), [bilingualOnEntry, setBilingual]);

  // Only this screen: the site header and footer give way to the view (restored on leaving).
  useEffect(() => {
    document.documentElement.classList.add('workshop-projector');
    return () => document.documentElement.classList.remove('workshop-projector');
  }, []);

  const current = isLanguage(i18n.language) ? i18n.language : 'en';
  const target = otherLanguage(current);
  const viewName = biText(`workshop:views.${view}.title`);
  return (
    <div className="projector workshop">
      <div className="projector-bar">
        <div className="projector-title" dir="auto">
          <PageTitle>{data ? data.cohort.name : t('workshop:title')}</PageTitle>
        </div>
        <nav aria-label={t('workshop:projector.toolbar')} className="projector-controls">
          <button type="button" className="button" onClick={() => go(-1)}>
            <span aria-hidden="true">←</span> {t('workshop:projector.previous')}
          </button>
          <button type="button" className="button primary" onClick={() => go(1)}>
            {t('workshop:projector.next')} <span aria-hidden="true">→</span>
          </button>
          <button type="button" className="button quiet" onClick={() => setLanguage(target)}>
            <span className="sr-only">{t('common:language.switchHint')} </span>
            <span lang={target}>{t('common:language.switchTo')}</span>
          </button>
          <button type="button" className="button quiet" aria-pressed={bilingual} onClick={() => setBilingual(!bilingual)}>
            {t('workshop:projector.bilingual')}
          </button>
          {cohortId && (
            <a className="button quiet" href={href(['workshop', cohortId])}>
              {t('workshop:projector.exit')}
            </a>
          )}
        </nav>
      </div>
      <p className="projector-position" aria-live="polite">
        {t('workshop:projector.position', { n: index + 1, total: VIEWS.length, name: viewName })}
        <span className="sr-only"> {t('workshop:projector.keys')}</span>
      </p>
      <div className="projector-stage">
        {data ? <View view={view} data={data} /> : progress}
      </div>
      <ol className="projector-dots" aria-label={t('workshop:views.label')}>
        {VIEWS.map((v, i) => (
          <li key={v}>
            <a href={cohortId ? href(['workshop', cohortId, v]) : '#/workshop'} aria-current={v === view ? 'step' : undefined} title={biText(`workshop:views.${v}.title`)}>
              <span className="sr-only">{biText(`workshop:views.${v}.title`)}</span>
              <span aria-hidden="true">{i + 1}</span>
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}
