import { useMemo } from 'react';
import { instrument } from '@/content/instrument';
import type { Assessment } from '@/domain/assessment/assessment';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { useAppStore } from '@/lib/store/use-app-store';

/** The assessment with this id and its score, recomputed only when its answers change. */
export function useAssessmentResult(id: string | undefined): { assessment: Assessment | undefined; result: ScoreResult | undefined } {
  const assessment = useAppStore((s) => (id ? s.assessments[id] : undefined));
  const answers = assessment?.answers;
  const result = useMemo(() => (answers ? scoreAssessment(instrument, answers) : undefined), [answers]);
  return { assessment, result };
}
