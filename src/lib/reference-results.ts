import { instrument } from '@/content/instrument';
import { REFERENCE_FIRMS, type ReferenceFirm } from '@/content/reference-firms';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import type { ScoreResult } from '@/domain/scoring/result-types';

let scored: { id: ReferenceFirm['id']; result: ScoreResult }[] | null = null;

/**
 * The paper's four reference firms scored by the same engine as any firm (never hard-coded
 * coordinates); computed once per session and shared by results, report and workshop.
 */
export function referenceResults(): readonly { id: ReferenceFirm['id']; result: ScoreResult }[] {
  scored ??= REFERENCE_FIRMS.map((f) => ({ id: f.id, result: scoreAssessment(instrument, f.answers) }));
  return scored;
}
