import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RUNGS } from '@/domain/instrument/vocabulary';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import { ACTORS, HORIZONS, MODELS, type Actor } from '@/domain/recommendations/rule-vocabulary';
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

/** Prioritised recommendations grouped by horizon, filterable by actor, reordered by a target rung/model. */
export function RecommendationsSection({ result, recommendations, target, actor, onChange }: Props) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const ids = { rung: useId(), model: useId() };
  const higherRungs = RUNGS.filter((r) => RUNGS.indexOf(r) > RUNGS.indexOf(result.ladder.rung) && r !== 'none');
  const shown = actor ? recommendations.filter((r) => r.actor === actor) : recommendations;
  const roadmap = !!(target.rung || target.model);
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
      {HORIZONS.map((h) => {
        const group = shown.filter((r) => r.horizon === h);
        if (group.length === 0) return null;
        return (
          <section key={h} aria-labelledby={`recs-${h}`} className="rec-group">
            <h3 id={`recs-${h}`}>{t(`results:recommendations.horizons.${h}`)}</h3>
            <ol className="rec-list">
              {group.map((r) => (
                <RecommendationCard key={r.id} rec={r} />
              ))}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
