import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useController, type Control, type UseFormTrigger } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Question } from '@/domain/instrument/instrument-schema';
import { appStore } from '@/lib/store/use-app-store';
import { NOTE_MAX, fieldKey, isIssue, type StepValues } from './form-schema';
import { formatNumber } from '@/lib/format';

/** Typing is saved this long after the last key, and at once on blur, step change, hiding or closing the tab. */
export const NOTE_SAVE_DELAY_MS = 250;

interface Props {
  assessmentId: string;
  question: Question;
  control: Control<StepValues>;
  trigger: UseFormTrigger<StepValues>;
  /** The question's text, which the note box refers to. */
  questionLabelId: string;
}

/** An optional note (evidence) per question, behind a disclosure that starts open when a note exists. */
export const NoteField = memo(function NoteField({ assessmentId, question, control, trigger, questionLabelId }: Props) {
  const { t, i18n } = useTranslation('questionnaire');
  const name = `${fieldKey(question.id)}.note` as const;
  const { field, fieldState } = useController({ control, name });
  const { value, onChange, onBlur, ref } = field;
  const [open, setOpen] = useState(() => value !== '');
  const id = useId();
  const latest = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = latest.current;
    const state = appStore.getState();
    const stored = state.assessments[assessmentId]?.answers[question.id]?.note ?? '';
    if (text === stored) return;
    if (!(await trigger(name))) return;
    state.setAnswer(assessmentId, question.id, { note: text === '' ? undefined : text });
  }, [assessmentId, question.id, trigger, name]);

  // Leaving the step (unmount) or the page must not lose the last keystrokes. A hidden tab may be
  // killed without any further event (a phone reclaiming memory, a crash), so hiding saves too.
  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      if (timer.current) void flush();
    };
  }, [flush]);

  const issue = isIssue(fieldState.error?.message) ? fieldState.error.message : null;
  const errorId = `${id}-err`;

  return (
    <details className="q-note" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{value ? t('note.summaryFilled') : t('note.summary')}</summary>
      <label htmlFor={id}>{t('note.label')}</label>
      <textarea
        id={id}
        ref={ref}
        name={name}
        rows={3}
        value={value}
        aria-describedby={`${questionLabelId} ${errorId}`}
        aria-invalid={issue ? true : undefined}
        onChange={(e) => {
          onChange(e.currentTarget.value);
          latest.current = e.currentTarget.value;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => void flush(), NOTE_SAVE_DELAY_MS);
        }}
        onBlur={() => {
          onBlur();
          void flush();
        }}
      />
      <p id={errorId} className="q-error" role="alert">
        {issue ? t(`errors.${issue}`, { max: formatNumber(i18n.language, NOTE_MAX) }) : ''}
      </p>
    </details>
  );
});
