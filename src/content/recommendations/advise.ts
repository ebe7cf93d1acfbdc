import { instrument } from '@/content/instrument';
import type { Answers } from '@/domain/assessment/assessment';
import { recommend } from '@/domain/recommendations/recommend';
import type { Recommendation, RecommendTarget } from '@/domain/recommendations/recommendation-types';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { RULES } from './index';
import { SUPPORT } from './support';

/**
 * The app's advice for a scored firm: the shipped rules and support catalogue on the current
 * instrument, so that the results, the planner, the report and the CSV all list the same items in
 * the same order.
 */
export function advise(result: ScoreResult, answers: Answers, target?: RecommendTarget): Recommendation[] {
  return recommend(result, answers, instrument, RULES, target ? { target, support: SUPPORT } : { support: SUPPORT });
}
