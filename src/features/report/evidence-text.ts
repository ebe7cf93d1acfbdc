import type { TFunction } from 'i18next';
import type { GateEvidence } from '@/domain/scoring/result-types';
import type { InstrumentText } from '@/lib/i18n/instrument-text';

/** One answer a figure read, in words: "question — answer" (or don't know / not answered / not asked). */
export function evidenceLine(e: GateEvidence, t: TFunction<['report', 'results', 'instrument']>, text: InstrumentText): string {
  const question = text.question(e.questionId);
  if (e.status === 'answered' && e.value !== undefined) return t('results:evidence.answered', { question, answer: text.answer(e.questionId, e.value) });
  return t(`results:evidence.${e.status === 'answered' ? 'unanswered' : e.status}`, { question });
}
