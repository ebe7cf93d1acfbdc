import { useMemo } from 'react';
import { advise } from '@/content/recommendations/advise';
import type { Answers } from '@/domain/assessment/assessment';
import type { Recommendation, RecommendTarget } from '@/domain/recommendations/recommendation-types';
import type { ScoreResult } from '@/domain/scoring/result-types';

export type Target = RecommendTarget;

/** The firm's recommendations, reordered as a roadmap when a target is set. */
export function useRecommendations(result: ScoreResult | undefined, answers: Answers | undefined, target: Target): Recommendation[] {
  const { rung, model } = target;
  return useMemo(() => {
    if (!result || !answers) return [];
    const t: Target = {};
    if (rung) t.rung = rung;
    if (model) t.model = model;
    return advise(result, answers, rung || model ? t : undefined);
  }, [result, answers, rung, model]);
}
