import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAMPLE_ID } from '@/content/example-firm';
import { INSTRUMENT_VERSION } from '@/content/version';
import { instrument } from '@/content/instrument';
import { Deferred } from '@/components/ui/Deferred';
import { PageTitle } from '@/components/ui/PageTitle';
import { belowLadder } from '@/domain/scoring/below-ladder';
import { formatDate, formatPercent } from '@/lib/format';
import { href, useRoute } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { LadderSection } from './LadderSection';
import { ResultsSummary } from './summary/ResultsSummary';
import { useAssessmentResult } from './use-assessment-result';
import { UpgradeNotice } from './UpgradeNotice';

// Everything below the ladder, with the recommendation engine and rules it needs, is fetched after the
// first paint: a phone shows the rung sooner, and the rest follows while the reader takes it in.
const ResultsDetails = lazy(() => import('./ResultsDetails').then((m) => ({ default: m.ResultsDetails })));

function NoAssessment({ missing }: { missing: boolean }) {
  const { t } = useTranslation('results');
  const assessments = useAppStore((s) => s.assessments);
  // Derived outside the selector: a selector returning a new array each time would re-render forever.
  const list = useMemo(() => Object.values(assessments).sort((a, b) => b.updatedAt - a.updatedAt), [assessments]);
  const { i18n } = useTranslation();
  return (
    <div className="stack results">
      <PageTitle>{t('pickTitle')}</PageTitle>
      {missing && <p className="notice warning">{t('notFound')}</p>}
      {list.length === 0 ? (
        <p>{t('noneYet')}</p>
      ) : (
        <>
          <p>{t('pickBody')}</p>
          <ul className="plain-list">
            {list.map((a) => (
              <li key={a.id}>
                <a href={href(['results', a.id])} dir="auto">
                  {a.name || t('anonymous')}
                </a>{' '}
                · {formatDate(i18n.language, a.updatedAt)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        <a className="button primary" href="#/assess">
          {t('startNew')}
        </a>
        <a className="button" href="#/assessments">
          {t('openList')}
        </a>
      </div>
    </div>
  );
}

/** What the firm sees after answering: completeness first when it matters, then ladder, profile, model, CBAM. */
export default function ResultsPage() {
  // The first paint needs these two; the rest of the page's text loads after it.
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const route = useRoute();
  const currentId = useAppStore((s) => s.currentId);
  const id = route.segments[1] ?? currentId ?? undefined;
  const { assessment, result } = useAssessmentResult(id);
  if (!assessment || !result) return <NoAssessment missing={!!route.segments[1]} />;

  const isExample = assessment.id === EXAMPLE_ID;
  const firmLabel = isExample ? t('example.name') : assessment.name || t('anonymous');
  const c = result.completeness;
  const lng = i18n.language;
  return (
    <article className="stack results">
      <PageTitle>{t('titleFor', { name: firmLabel })}</PageTitle>
      <p className="meta">{t('asOf', { version: INSTRUMENT_VERSION, date: formatDate(lng, assessment.updatedAt) })}</p>
      {isExample && (
        <p className="notice">
          {t('example.notice')} <a href="#/assess">{t('startNew')}</a>
        </p>
      )}
      {!c.complete ? (
        <div className="notice warning">
          <h2>{t('provisional.title')}</h2>
          <p>
            {t('provisional.body', {
              answered: c.answered,
              total: c.total,
              dontKnow: c.dontKnow,
              unanswered: c.unanswered,
              threshold: formatPercent(lng, instrument.minAnsweredShare),
            })}
          </p>
          <a className="button" href={href(['assess', assessment.id, 'review'])}>
            {t('provisional.review')}
          </a>
        </div>
      ) : (
        c.open.length > 0 && (
          <p className="note">
            {t('openNote', { count: c.open.length })} <a href={href(['assess', assessment.id, 'review'])}>{t('provisional.review')}</a>
          </p>
        )
      )}
      <UpgradeNotice assessment={assessment} visible={result.visible} />
      <ResultsSummary assessment={assessment} result={result} />
      <LadderSection ladder={result.ladder} below={belowLadder(assessment.answers, result.ladder)} />
      <Deferred placeholder={<div className="deferred-placeholder" />}>
        <Suspense fallback={<div className="deferred-placeholder" />}>
          <ResultsDetails assessment={assessment} result={result} firmLabel={firmLabel} />
        </Suspense>
      </Deferred>
    </article>
  );
}
