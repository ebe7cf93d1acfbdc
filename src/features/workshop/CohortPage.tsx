import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import { aggregateCohort } from '@/domain/cohort/aggregate-cohort';
import { formatDate } from '@/lib/format';
import { href } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { OtherLanguageProvider } from './bilingual';
import { cohortStore, useCohorts } from './cohort-store';
import { Dashboard } from './Dashboard';
import { FirmVsCohort } from './FirmVsCohort';
import { GatherPage } from './gather/GatherPage';
import { memberLabels } from './member-labels';
import { ProjectorMode } from './projector/ProjectorMode';
import { CohortStorageNotice } from './StorageNotice';
import { useCohortFigures } from './use-cohort-figures';
import { isView } from './views';
import type { CohortData } from './cohort-data';

function NotFound() {
  const { t } = useTranslation('workshop');
  return (
    <div className="stack">
      <PageTitle>{t('title')}</PageTitle>
      <p className="notice warning">{t('cohorts.notFound')}</p>
      <a className="button" href={href(['workshop'])}>
        {t('cohorts.all')}
      </a>
    </div>
  );
}

function NamesToggle({ id, showNames }: { id: string; showNames: boolean }) {
  const { t } = useTranslation('workshop');
  return (
    <div className="names-toggle">
      <label className="switch">
        <input
          type="checkbox"
          checked={showNames}
          aria-describedby="names-note"
          onChange={(e) => {
            const on = e.currentTarget.checked;
            cohortStore().getState().update(id, (c) => ({ ...c, showNames: on }), Date.now());
          }}
        />
        <span>{t('header.names')}</span>
      </label>
      <p id="names-note" className="hint">
        {t(showNames ? 'header.named' : 'header.anonymous')}
      </p>
    </div>
  );
}

/** One cohort: its header (name, anonymity), its sub-pages, and the projector. */
export function CohortPage({ id, view, sub }: { id: string; view: string | undefined; sub: string | undefined }) {
  const { t, i18n } = useTranslation('workshop');
  const cohort = useCohorts((s) => s.cohorts[id]);
  const bilingual = useAppStore((s) => s.preferences.bilingual);
  const members = useMemo(() => cohort?.members ?? [], [cohort?.members]);
  const { figures, scoredCount, total } = useCohortFigures(members);
  const showNames = cohort?.showNames ?? false;
  const data = useMemo((): CohortData | null => {
    if (!cohort || !figures) return null;
    return { cohort, figures, aggregate: aggregateCohort(figures), labels: memberLabels(cohort.members, showNames) };
  }, [cohort, figures, showNames]);
  if (!cohort) return <NotFound />;

  const progress = figures ? null : <progress max={total} value={scoredCount} aria-label={t('scoringProgress', { done: scoredCount, total })} />;
  if (isView(view)) {
    return (
      <OtherLanguageProvider enabled={bilingual}>
        <ProjectorMode data={data} view={view} progress={progress} />
      </OtherLanguageProvider>
    );
  }
  const page = view === 'firms' ? 'firms' : view === 'firm' ? 'firm' : 'dashboard';
  const link = (segment: string | null, label: string, current: boolean) => (
    <li>
      <a href={href(segment ? ['workshop', id, segment] : ['workshop', id])} aria-current={current ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <OtherLanguageProvider enabled={bilingual}>
      <div className="stack workshop cohort-page">
        <p className="crumb">
          <a href={href(['workshop'])}>{t('cohorts.all')}</a>
        </p>
        <div dir="auto" className="cohort-title">
          <PageTitle>{cohort.name}</PageTitle>
        </div>
        <p className="meta cohort-meta">
          {t('header.summary', { firms: t('cohorts.firms', { count: cohort.members.length }), date: formatDate(i18n.language, cohort.createdAt) })}
        </p>
        <CohortStorageNotice />
        <nav aria-label={t('nav.label')} className="cohort-nav">
          <ul>
            {link('firms', t('nav.firms'), page === 'firms')}
            {link(null, t('nav.dashboard'), page === 'dashboard')}
            {link('firm', t('nav.compare'), page === 'firm')}
          </ul>
        </nav>
        <NamesToggle id={id} showNames={showNames} />
        {progress && (
          <p className="scoring">
            {progress} {t('scoringProgress', { done: scoredCount, total })}
          </p>
        )}
        {page === 'firms' && <GatherPage cohort={cohort} figures={figures} />}
        {page === 'dashboard' && data && <Dashboard data={data} />}
        {page === 'firm' && data && <FirmVsCohort data={data} firmId={sub} />}
      </div>
    </OtherLanguageProvider>
  );
}
