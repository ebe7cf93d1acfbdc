import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAMPLE_ID } from '@/content/example-firm';
import { instrument } from '@/content/instrument';
import type { Assessment } from '@/domain/assessment/assessment';
import { changeOf } from '@/domain/planner/action-change';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { formatList } from '@/lib/format';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { looseT } from '@/lib/i18n/loose-t';
import { href } from '@/lib/router/hash-route';
import { useRecommendations, type Target } from '../use-recommendations';
import { changeLines } from '@/lib/i18n/plan-text';

/** How many actions the summary names: a manager acts on three, not thirty. */
export const FIRST_ACTIONS = 3;

interface Props {
  assessment: Assessment;
  result: ScoreResult;
  target: Target;
}

/**
 * The three actions to take first, each with what it changes (re-scored by the engine), its first
 * step, who acts and the public support to call; support the firm already uses is named as such.
 */
export default function SummaryActions({ assessment, result, target }: Props) {
  const { t, i18n } = useTranslation(['results', 'recommendations', 'instrument']);
  const tr = looseT(i18n, i18n.language, 'recommendations');
  const text = useInstrumentText();
  const recommendations = useRecommendations(result, assessment.answers, target);
  const first = useMemo(
    () =>
      recommendations
        .filter((r) => r.kind === 'gap')
        .slice(0, FIRST_ACTIONS)
        .map((rec) => ({ rec, change: changeOf(result, assessment.answers, rec.effect, instrument) })),
    [recommendations, result, assessment.answers],
  );
  const names = (ids: readonly string[]) => formatList(i18n.language, ids.map((s) => tr(`support.${s}.name`)));
  if (first.length === 0) return <p>{t('results:summary.none')}</p>;
  return (
    <>
      <h3 id="summary-first">{t('results:summary.first', { count: first.length })}</h3>
      <ol className="summary-actions" aria-labelledby="summary-first">
        {first.map(({ rec, change }) => (
          <li key={rec.id} className="summary-action" data-rec={rec.id}>
            <h4>
              {tr(rec.text.title)} <span className={`badge tier-${rec.tier}`}>{t(`results:recommendations.tiers.${rec.tier}`)}</span>
            </h4>
            {rec.basis === 'unknown' && <p className="find-out">{t('results:summary.findOut')}</p>}
            <dl className="summary-facts">
              <dt>{t('results:summary.changes')}</dt>
              <dd>
                <ul className="plain-list">
                  {changeLines(i18n, rec, change, text.section(rec.dimension)).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </dd>
              <dt>{t('results:summary.firstStep')}</dt>
              <dd>{tr(rec.text.steps[0]!)}</dd>
              <dt>{t('results:summary.whoActs')}</dt>
              <dd>{t(`results:recommendations.actors.${rec.actor}`)}</dd>
              <dt>{t('results:summary.support')}</dt>
              <dd>
                {rec.support.length ? names(rec.support) : t('results:summary.supportNone')}
                {rec.supportInUse.length > 0 && <span className="in-use"> {t('results:summary.inUse', { names: names(rec.supportInUse) })}</span>}
              </dd>
            </dl>
          </li>
        ))}
      </ol>
      <p className="actions">
        {/* The built-in example is not stored, so there is nothing to keep a plan beside. */}
        {assessment.id !== EXAMPLE_ID && (
          <a className="button primary" href={href(['plan', assessment.id])}>
            {t('results:summary.plan')}
          </a>
        )}
        <button type="button" className="button" onClick={() => jumpTo('recs-title')}>
          {t('results:summary.all', { count: recommendations.length })}
        </button>
      </p>
    </>
  );
}

/** In-page jump that leaves the hash route alone and moves focus to the heading (keyboard users land there). */
function jumpTo(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}
