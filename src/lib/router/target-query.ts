import { RUNGS } from '@/domain/instrument/vocabulary';
import { MODELS } from '@/domain/recommendations/rule-vocabulary';
import type { RecommendTarget } from '@/domain/recommendations/recommendation-types';

/** The roadmap target kept in the URL (`?rung=brand&model=rule_export`), so a reload or a bookmark keeps it. */
export function targetFrom(query: URLSearchParams): RecommendTarget {
  const t: RecommendTarget = {};
  const rung = RUNGS.find((r) => r !== 'none' && r === query.get('rung'));
  const model = MODELS.find((m) => m === query.get('model'));
  if (rung && rung !== 'none') t.rung = rung;
  if (model) t.model = model;
  return t;
}

/** The query that keeps a target in the URL (empty without one). */
export function targetQuery(target: RecommendTarget): Record<string, string> {
  const q: Record<string, string> = {};
  if (target.rung) q.rung = target.rung;
  if (target.model) q.model = target.model;
  return q;
}
