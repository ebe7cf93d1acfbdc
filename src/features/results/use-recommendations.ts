import { useMemo } from 'react';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import type { Answers } from '@/domain/assessment/assessment';
import type { Rung } from '@/domain/instrument/instrument-schema';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import { recommend } from '@/domain/recommendations/recommend';
import type { ModelId } from '@/domain/recommendations/rule-schema';
import type { ScoreResult } from '@/domain/scoring/result-types';

export interface Target {
  rung?: Exclude<Rung, 'none'>;
  model?: ModelId;
}

/** The firm's recommendations, reordered as a roadmap when a target is set. */
export function useRecommendations(result: ScoreResult | undefined, answers: Answers | undefined, target: Target): Recommendation[] {
  const { rung, model } = target;
  return useMemo(() => {
    if (!result || !answers) return [];
    const t: Target = {};
    if (rung) t.rung = rung;
    if (model) t.model = model;
    return recommend(result, answers, instrument, RULES, rung || model ? { target: t } : {});
  }, [result, answers, rung, model]);
}
