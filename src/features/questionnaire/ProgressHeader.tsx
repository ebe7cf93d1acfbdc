import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '@/lib/store/use-app-store';
import { answersIn, statsOf } from './answer-stats';
import { STEPS, type StepId } from './steps';
import { formatNumber, formatPercent } from '@/lib/format';

/** Where the user is: step n of 10, and the share of the questions shown that are answered. */
export function ProgressHeader({ assessmentId, step }: { assessmentId: string; step: StepId }) {
  const { t, i18n } = useTranslation('questionnaire');
  const lng = i18n.language;
  // Two numbers, not the completeness object: changing an answer already given re-renders nothing here.
  const answered = useAppStore((s) => statsOf(answersIn(s, assessmentId)).completeness.answered);
  const total = useAppStore((s) => statsOf(answersIn(s, assessmentId)).completeness.total);
  const barId = useId();
  const share = total ? answered / total : 0;
  return (
    <div className="progress">
      <p className="step-count">
        {t('progress.step', { n: formatNumber(lng, STEPS.indexOf(step) + 1), total: formatNumber(lng, STEPS.length) })}
      </p>
      <div className="answered">
        <label htmlFor={barId}>
          {t('progress.answered', {
            answered: formatNumber(lng, answered),
            total: formatNumber(lng, total),
            share: formatPercent(lng, share),
          })}
        </label>
        <progress id={barId} max={Math.max(total, 1)} value={answered} />
      </div>
    </div>
  );
}
