import { useTranslation } from 'react-i18next';
import type { GateEvidence } from '@/domain/scoring/result-types';
import { useInstrumentText } from '@/lib/i18n/instrument-text';

/** The answers behind a figure, each in words: question — answer (or don't know / not answered / not asked). */
export function EvidenceList({ evidence }: { evidence: GateEvidence[] }) {
  const { t } = useTranslation('results');
  const text = useInstrumentText();
  return (
    <ul className="evidence">
      {evidence.map((e) => {
        const question = text.question(e.questionId);
        const line =
          e.status === 'answered' && e.value !== undefined
            ? t('evidence.answered', { question, answer: text.answer(e.questionId, e.value) })
            : t(`evidence.${e.status === 'answered' ? 'unanswered' : e.status}`, { question });
        return <li key={e.questionId}>{line}</li>;
      })}
    </ul>
  );
}
