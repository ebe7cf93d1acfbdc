import { useId, useState } from 'react';
import { LazyDetails } from '@/components/ui/LazyDetails';
import { useTranslation } from 'react-i18next';
import { RUNGS } from '@/domain/instrument/vocabulary';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import { ACTORS, MODELS, type Actor } from '@/domain/recommendations/rule-vocabulary';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { RecommendationCard } from './RecommendationCard';
import type { Target } from './use-recommendations';
import { looseT } from '@/lib/i18n/loose-t';

interface Props {
  result: ScoreResult;
  recommendations: Recommendation[];
  target: Target;
  actor: Actor | null;
  onChange: (next: { target: Target; actor: Actor | null }) => void;
}

/** At most this many gaps show before "Show all": the list is a plan, not a pile. */
export const FIRST_SHOWN = 10;

/**
 * Prioritised recommendations: the gaps to close (the first ten, then "show all"), then what to keep and
 * deepen; filterable by actor, reordered as a roadmap by a target rung/model.
 */
export function RecommendationsSection({ result, recommendations, target, actor, onChange }: Props) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const ids = { rung: useId(), model: useId() };
  const higherRungs = RUNGS.filter((r) => RUNGS.indexOf(r) > RUNGS.indexOf(result.ladder.rung) && r !== 'none');
  const shown = actor ? recommendations.filter((r) => r.actor === actor) : recommendations;
  const roadmap = !!(target.rung || target.model);
  const gaps = shown.filter((r) => r.kind === 'gap');
  const deepen = shown.filter((r) => r.kind === 'deepen');
  const [showAll, setShowAll] = useState(false);
  return (
    <section className="card results-section" aria-labelledby="recs-title">
      <h2 id="recs-title">{t('results:recommendations.title')}</h2>
      <p>{t('results:recommendations.intro')}</p>
      <div className="rec-controls">
        <fieldset>
          <legend>{t('results:recommendations.targetTitle')}</legend>
          <label htmlFor={ids.rung}>{t('results:recommendations.targetRung')}</label>
          <select
            id={ids.rung}
            value={target.rung ?? ''}
            onChange={(e) => onChange({ target: { ...target, rung: (e.target.value || undefined) as Target['rung'] }, actor })}
          >
            <option value="">{t('results:recommendations.noTarget')}</option>
            {higherRungs.map((r) => (
              <option key={r} value={r}>
                {ti(`rungs.${r}.name`)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.model}>{t('results:recommendations.targetModel')}</label>
          <select
            id={ids.model}
            value={target.model ?? ''}
            onChange={(e) => onChange({ target: { ...target, model: (e.target.value || undefined) as Target['model'] }, actor })}
          >
            <option value="">{t('results:recommendations.noTarget')}</option>
            {MODELS.map((m) => (
              <option key={m} value={m}>
                {t(`results:recommendations.models.${m}`)}
              </option>
            ))}
          </select>
        </fieldset>
        <fieldset className="segmented">
          <legend>{t('results:recommendations.actorFilter')}</legend>
          {[null, ...ACTORS].map((a) => (
            <label key={a ?? 'all'}>
              <input type="radio" name="rec-actor" checked={actor === a} onChange={() => onChange({ target, actor: a })} />
              {a ? t(`results:recommendations.actors.${a}`) : t('results:recommendations.allActors')}
            </label>
          ))}
        </fieldset>
      </div>
      {roadmap && <p className="notice">{t('results:recommendations.roadmapOn')}</p>}
      <p aria-live="polite">
        {actor
          ? t('results:recommendations.countShown', { shown: shown.length, count: recommendations.length })
          : t('results:recommendations.count', { count: recommendations.length })}
      </p>
      {recommendations.length === 0 && <p>{t('results:recommendations.none')}</p>}
      <LazyDetails summary={t('results:recommendations.howPriority')}>
        <p>{t('results:recommendations.howPriorityBody')}</p>
      </LazyDetails>
      {gaps.length > 0 && (
        <section aria-labelledby="recs-gaps" className="rec-group">
          <h3 id="recs-gaps">{t('results:recommendations.gapsTitle')}</h3>
          <ol className="rec-list">
            {(showAll ? gaps : gaps.slice(0, FIRST_SHOWN)).map((r) => (
              <RecommendationCard key={r.id} rec={r} />
            ))}
          </ol>
          {gaps.length > FIRST_SHOWN && (
            <button type="button" className="button" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
              {showAll ? t('results:recommendations.showFewer', { count: FIRST_SHOWN }) : t('results:recommendations.showAll', { count: gaps.length })}
            </button>
          )}
        </section>
      )}
      {deepen.length > 0 && (
        <section aria-labelledby="recs-deepen" className="rec-group">
          <h3 id="recs-deepen">{t('results:recommendations.deepenTitle')}</h3>
          <p>{t('results:recommendations.deepenIntro')}</p>
          <ol className="rec-list">
            {deepen.map((r) => (
              <RecommendationCard key={r.id} rec={r} />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
