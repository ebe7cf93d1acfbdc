import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Deferred } from '@/components/ui/Deferred';
import type { Assessment } from '@/domain/assessment/assessment';
import { belowLadder } from '@/domain/scoring/below-ladder';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { looseT } from '@/lib/i18n/loose-t';
import { useRoute } from '@/lib/router/hash-route';
import { targetFrom } from '@/lib/router/target-query';

// The actions need the recommendation engine and its text: fetched after the first paint, in the room kept for them.
const SummaryActions = lazy(() => import('./SummaryActions'));

/**
 * The one-screen summary the results open with: where the firm stands (rung, model) at once, and the
 * three actions to take first once the advice has loaded.
 */
export function ResultsSummary({ assessment, result }: { assessment: Assessment; result: ScoreResult }) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const route = useRoute();
  const { ladder, model } = result;
  // A firm that sells abroad now and then is told so, not that it does not export.
  const rung = belowLadder(assessment.answers, ladder)?.kind === 'occasional' ? t('results:summary.occasional') : ti(`rungs.${ladder.rung}.name`);
  const placeholder = <p className="summary-placeholder">{t('results:summary.loading')}</p>;
  return (
    <section className="card results-section results-summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('results:summary.title')}</h2>
      <dl className="summary-standing">
        <div>
          <dt>{t('results:summary.ladder')}</dt>
          <dd data-rung={ladder.rung}>{ladder.provisional ? t('results:summary.provisional', { rung }) : rung}</dd>
        </div>
        <div>
          <dt>{t('results:summary.model')}</dt>
          <dd>
            {t('results:summary.modelValue', {
              quadrant: ti(`quadrants.${model.quadrant}.name`),
              leaning: t(`results:summary.leaning.${model.leaning}`),
            })}
          </dd>
        </div>
      </dl>
      <Deferred placeholder={placeholder}>
        <Suspense fallback={placeholder}>
          <SummaryActions assessment={assessment} result={result} target={targetFrom(route.query)} />
        </Suspense>
      </Deferred>
    </section>
  );
}
