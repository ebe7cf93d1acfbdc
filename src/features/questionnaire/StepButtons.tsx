import { useTranslation } from 'react-i18next';

interface Props {
  previous: string | null;
  next: string | null;
  nextIsReview: boolean;
  onLeave: (to: string) => void;
  /** Answers marked after a first attempt to leave; 0 when none. */
  problems: number;
}

/** Back and Next, and, after a first attempt to leave with problems, what to do about them. */
export function StepButtons({ previous, next, nextIsReview, onLeave, problems }: Props) {
  const { t } = useTranslation('questionnaire');
  return (
    <div className="step-buttons">
      <div className="actions">
        {previous && (
          <button type="button" className="button" onClick={() => onLeave(previous)}>
            {t('step.back')}
          </button>
        )}
        {next && (
          <button type="button" className="button primary" onClick={() => onLeave(next)}>
            {nextIsReview ? t('step.toReview') : t('step.next')}
          </button>
        )}
      </div>
      <output className="leave-warning">{problems > 0 ? t('step.problems', { count: problems }) : ''}</output>
    </div>
  );
}
