import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import { answerStatus } from '@/domain/scoring/answer-credit';
import { formatNumber } from '@/lib/format';
import { href } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { answersIn, statsOf } from './answer-stats';
import { QuestionField } from './QuestionField';
import { QUICK_QUESTIONS, useQuickForm } from './use-quick-form';
import type { OtherLanguage } from './use-other-language';

/** "answered/shown" of the quick questions: a primitive, so an answer re-renders only when the count moves. */
function quickTally(answers: ReturnType<typeof answersIn>): string {
  const visible = statsOf(answers).visible;
  const shown = QUICK_QUESTIONS.filter((q) => visible.has(q.id));
  const answered = shown.filter((q) => answerStatus(q, answers[q.id]) === 'answered').length;
  return `${answered}/${shown.length}/${shown.map((q) => q.id).join(' ')}`;
}

/** The quick path on one screen: the quick questions of every section, then the way to the provisional result. */
export function QuickStep({ assessmentId, other }: { assessmentId: string; other: OtherLanguage | null }) {
  const { t, i18n } = useTranslation('quick');
  const lng = i18n.language;
  const tally = useAppStore((s) => quickTally(answersIn(s, assessmentId)));
  const [answered = 0, total = 0] = tally.split('/').map(Number);
  const shown = new Set(tally.split('/')[2]?.split(' '));
  const { control, trigger, leave, problems } = useQuickForm(assessmentId);
  const barId = useId();
  let n = 0;
  return (
    <form className="step quick-step" noValidate onSubmit={(e) => e.preventDefault()}>
      <PageTitle>{t('title')}</PageTitle>
      <p className="step-intro">{t('intro', { count: formatNumber(lng, QUICK_QUESTIONS.length) })}</p>
      <div className="progress">
        <label htmlFor={barId}>{t('progress', { answered: formatNumber(lng, answered), total: formatNumber(lng, total) })}</label>
        <progress id={barId} max={Math.max(total, 1)} value={answered} />
      </div>
      <div className="questions">
        {QUICK_QUESTIONS.map((q) => (
          <QuestionField
            key={q.id}
            assessmentId={assessmentId}
            question={q}
            hidden={!shown.has(q.id)}
            number={shown.has(q.id) ? ++n : 0}
            required={false}
            control={control}
            trigger={trigger}
            other={other}
          />
        ))}
      </div>
      <div className="step-buttons">
        <div className="actions">
          <button type="button" className="button quiet" onClick={() => void leave(href(['assess', assessmentId, 'profile']))}>
            {t('fullInstead')}
          </button>
          <button type="button" className="button primary" onClick={() => void leave(href(['assess', assessmentId, 'quick', 'result']))}>
            {t('toResult')}
          </button>
        </div>
        <output className="leave-warning">{problems > 0 ? t('problems', { count: problems }) : ''}</output>
      </div>
    </form>
  );
}
