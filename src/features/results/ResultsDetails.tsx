import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment/assessment';
import { ACTORS, type Actor } from '@/domain/recommendations/rule-vocabulary';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { EXAMPLE_ID } from '@/content/example-firm';
import { href, navigate, useRoute } from '@/lib/router/hash-route';
import { CbamSection } from './CbamSection';
import { ModelMapSection } from './ModelMapSection';
import { ProfileSection } from './ProfileSection';
import { RecommendationsSection } from './RecommendationsSection';
import { answersCsv, csvFileName, downloadActionPlan, downloadCsv, exportAssessmentJson } from './result-exports';
import { targetFrom } from '@/lib/router/target-query';
import { useRecommendations, type Target } from './use-recommendations';

interface Props {
  assessment: Assessment;
  result: ScoreResult;
  firmLabel: string;
}

/**
 * Everything below the ladder: profile, model map, recommendations, CBAM and the take-away actions.
 * Rendered after the first paint, so the recommendations are worked out here rather than up front.
 */
export function ResultsDetails({ assessment, result, firmLabel }: Props) {
  // The question texts come with this part of the page (the ladder above paints without them);
  // the answers file written from here needs them.
  const { t, i18n } = useTranslation(['results', 'instrument', 'questions']);
  const route = useRoute();
  // Target and filter live in the URL so a reload, a bookmark or the printed report keep them.
  const target = targetFrom(route.query);
  const actor = ACTORS.find((a) => a === route.query.get('actor')) ?? null;
  const recommendations = useRecommendations(result, assessment.answers, target);
  const setView = (next: { target: Target; actor: Actor | null }) => {
    const query: Record<string, string> = {};
    if (next.target.rung) query.rung = next.target.rung;
    if (next.target.model) query.model = next.target.model;
    if (next.actor) query.actor = next.actor;
    navigate(href(['results', assessment.id], query), { replace: true });
  };
  return (
    <>
      <ProfileSection result={result} answers={assessment.answers} firmLabel={firmLabel} />
      <ModelMapSection result={result} answers={assessment.answers} firmLabel={firmLabel} />
      <RecommendationsSection result={result} recommendations={recommendations} target={target} actor={actor} onChange={setView} />
      <CbamSection answers={assessment.answers} />
      <section className="card results-section" aria-labelledby="actions-title">
        <h2 id="actions-title">{t('actions.title')}</h2>
        <div className="actions">
          <a className="button primary" href={href(['report', assessment.id], Object.fromEntries(route.query))}>
            {t('actions.print')}
          </a>
          <button type="button" className="button" onClick={() => exportAssessmentJson(assessment)}>
            {t('recommendations.exportJson')}
          </button>
          <button type="button" className="button" onClick={() => downloadCsv(csvFileName(assessment, 'answers'), answersCsv(i18n, assessment, result))}>
            {t('recommendations.csvAnswers')}
          </button>
          <button type="button" className="button" onClick={() => downloadActionPlan(i18n, assessment, result, recommendations, target)}>
            {t('recommendations.csvPlan')}
          </button>
          {assessment.id !== EXAMPLE_ID && (
            <a className="button" href={href(['handin', assessment.id])}>
              {t('actions.handIn')}
            </a>
          )}
          <a className="button" href={href(['compare', '-', assessment.id])}>
            {t('actions.compare')}
          </a>
          {assessment.id !== EXAMPLE_ID && (
            <a className="button quiet" href={href(['assess', assessment.id])}>
              {t('actions.edit')}
            </a>
          )}
        </div>
      </section>
    </>
  );
}
