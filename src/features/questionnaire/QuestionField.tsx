import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useController, type Control, type UseFormTrigger } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Answer } from '@/domain/assessment/assessment';
import type { Question } from '@/domain/instrument/instrument-schema';
import type { AppState } from '@/lib/store/app-store';
import { appStore, useAppStore } from '@/lib/store/use-app-store';
import { AnswerInput } from './AnswerInput';
import { ChoiceAnswer } from './ChoiceAnswer';
import { answerPatch, draftOf, fieldKey, isIssue, isStorable, type AnswerDraft, type StepValues } from './form-schema';
import { asTextFn, helpText } from './instrument-text';
import { NoteField } from './NoteField';
import { formatNumber } from '@/lib/format';
import { rememberEntry } from './unsaved-entries';
import { UpgradeAsk } from './UpgradeAsk';
import type { OtherLanguage } from './use-other-language';

interface Props {
  assessmentId: string;
  question: Question;
  /** Hidden by a condition (skip logic): out of sight, out of the tab order and of the accessibility tree. */
  hidden: boolean;
  /** Position among the questions shown on the step. */
  number: number;
  required: boolean;
  control: Control<StepValues>;
  trigger: UseFormTrigger<StepValues>;
  other: OtherLanguage | null;
}

/** The expandable explanation of a question's terms (in both languages in the bilingual view). */
const QuestionHelp = memo(function QuestionHelp({ question, other }: { question: Question; other: OtherLanguage | null }) {
  const { t } = useTranslation(['questionnaire', 'instrument', 'questions']);
  return (
    <details className="q-help">
      <summary>{t('question.help')}</summary>
      <p>
        {helpText(asTextFn(t), question)}
        {other && (
          <span className="alt" lang={other.lng}>
            {helpText(other.t, question)}
          </span>
        )}
      </p>
    </details>
  );
});

/** What of a stored answer the controls show (the note has its own field). */
const signature = (a: Answer | undefined): string => JSON.stringify([a?.value ?? null, Boolean(a?.dontKnow)]);

/** The message code of a field error. */
const issueOf = (error: { message?: unknown } | undefined): string | null => (isIssue(error?.message) ? error.message : null);

/**
 * One question: its text, the answer controls, "don't know", a message when the entry is refused,
 * help and a note. It listens to its own answer only, so answering re-renders this question and
 * nothing else on the step.
 */
export const QuestionField = memo(function QuestionField({ assessmentId, question, hidden, number, required, control, trigger, other }: Props) {
  const { t: rawT, i18n } = useTranslation(['questionnaire', 'instrument', 'questions']);
  const t = asTextFn(rawT);
  const name = `${fieldKey(question.id)}.answer` as const;
  const { field, fieldState } = useController({ control, name });
  // What uncontrolled radios must show: set on arrival and when another tab answers, not on our clicks.
  const [shown, setShown] = useState(() => field.value as AnswerDraft);
  const setAnswer = useAppStore((s) => s.setAnswer);
  const known = useRef<string | null>(null);
  const id = useId();
  const ids = { legend: `${id}-q`, error: `${id}-err` };

  // Another tab changed this answer: show theirs. Our own writes are recognised and left alone, so a
  // refused entry on screen is not replaced by the (empty) stored value. A plain subscription, not a
  // selector, so that our own answers do not render the question once more.
  const { onChange } = field;
  useEffect(() => {
    const answerOf = (s: AppState) => s.assessments[assessmentId]?.answers[question.id];
    known.current = signature(answerOf(appStore.getState()));
    return appStore.subscribe((s) => {
      const now = signature(answerOf(s));
      if (now === known.current) return;
      known.current = now;
      const draft = draftOf(question, answerOf(s)).answer;
      onChange(draft);
      setShown(draft);
    });
  }, [question, onChange, assessmentId]);

  const commit = useCallback(
    (next: AnswerDraft) => {
      onChange(next);
      // Whether to store is decided here, by the question's own schema run synchronously, so that the
      // answer is saved within the event and the screen updates in one render. The messages come from
      // react-hook-form's resolver over the whole step (required answers included); it has nothing to
      // say about a valid, non-empty answer to a question without a message, so that case skips it.
      const valid = isStorable(question, next);
      const empty = !next.dontKnow && (Array.isArray(next.value) ? next.value.length === 0 : next.value.trim() === '');
      if (!valid || empty || control.getFieldState(name).invalid) void trigger(name);
      rememberEntry(assessmentId, question.id, valid ? null : next);
      const current = appStore.getState().assessments[assessmentId]?.answers[question.id];
      const patch = answerPatch(question, next, valid, current);
      if (!patch) return;
      // Known before the store tells its listeners (synchronously), so ours does not echo it back.
      known.current = signature({ updatedAt: 0, ...current, ...patch });
      setAnswer(assessmentId, question.id, patch);
    },
    [onChange, trigger, name, assessmentId, question, setAnswer, control],
  );

  const issue = issueOf(fieldState.error);

  return (
    <div className="question" data-question={question.id} hidden={hidden}>
      {!hidden && <UpgradeAsk assessmentId={assessmentId} questionId={question.id} />}
      {question.type === 'single' || question.type === 'yesno' ? (
        <ChoiceAnswer
          q={question}
          number={number}
          required={required}
          legendId={ids.legend}
          other={other}
          shown={shown}
          onChange={commit}
          inputRef={field.ref}
          invalid={issue !== null}
          describedBy={ids.error}
        />
      ) : (
        <AnswerInput
          q={question}
          number={number}
          required={required}
          legendId={ids.legend}
          other={other}
          draft={field.value as AnswerDraft}
          onChange={commit}
          inputRef={field.ref}
          invalid={issue !== null}
          describedBy={ids.error}
        />
      )}
      <p id={ids.error} className="q-error" role="alert">
        {issue ? t(`errors.${issue}`, { max: formatNumber(i18n.language, question.max ?? 0) }) : ''}
      </p>
      <QuestionHelp question={question} other={other} />
      <NoteField
        assessmentId={assessmentId}
        question={question}
        control={control}
        trigger={trigger}
        questionLabelId={ids.legend}
      />
    </div>
  );
});
