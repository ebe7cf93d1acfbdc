import { useMemo } from 'react';
import { EXAMPLE_ASSESSMENT, EXAMPLE_ID } from '@/content/example-firm';
import { instrument } from '@/content/instrument';
import type { Assessment } from '@/domain/assessment/assessment';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { useAppStore } from '@/lib/store/use-app-store';

/** The assessment with this id and its score, recomputed only when its answers change. */
export function useAssessmentResult(id: string | undefined): { assessment: Assessment | undefined; result: ScoreResult | undefined } {
  const stored = useAppStore((s) => (id ? s.assessments[id] : undefined));
  // The built-in example is never stored: it shows what a result looks like before answering.
  const assessment = id === EXAMPLE_ID ? EXAMPLE_ASSESSMENT : stored;
  const answers = assessment?.answers;
  const result = useMemo(() => (answers ? scoreAssessment(instrument, answers) : undefined), [answers]);
  return { assessment, result };
}
