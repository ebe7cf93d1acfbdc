import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { quickQuestionIds } from '@/domain/scoring/quick-result';
import { instrument } from '@/content/instrument/index';
import { navigate } from '@/lib/router/hash-route';
import { appStore } from '@/lib/store/use-app-store';
import { answersIn, questionIndex, statsOf } from './answer-stats';
import { focusQuestion } from './focus-question';
import { draftOf, fieldKey, stepSchema, type StepValues } from './form-schema';
import { unsavedEntry } from './unsaved-entries';

/** The quick path's questions, in the order they are asked. */
export const QUICK_QUESTIONS = quickQuestionIds(instrument).map((id) => questionIndex.byId.get(id)!);

/** Quick questions shown now (all of them with the current content; skip logic still decides). */
function shownQuick(assessmentId: string) {
  const visible = statsOf(answersIn(appStore.getState(), assessmentId)).visible;
  return QUICK_QUESTIONS.filter((q) => visible.has(q.id));
}

function initialValues(assessmentId: string): { values: StepValues; unsaved: string[] } {
  const answers = answersIn(appStore.getState(), assessmentId);
  const values: StepValues = {};
  const unsaved: string[] = [];
  for (const q of QUICK_QUESTIONS) {
    const draft = draftOf(q, answers[q.id]);
    const typed = unsavedEntry(assessmentId, q.id);
    if (typed) unsaved.push(q.id);
    values[fieldKey(q.id)] = typed ? { ...draft, answer: typed } : draft;
  }
  return { values, unsaved };
}

/**
 * The form of the quick path: the quick questions of every section on one screen. Answers are stored
 * as they are given (QuestionField); nothing is required. Leaving is never blocked: a first attempt
 * with refused entries ("150" %) marks them and focuses the first; a second attempt goes on.
 */
export function useQuickForm(assessmentId: string) {
  const warned = useRef(false);
  const [initial] = useState(() => initialValues(assessmentId));
  const [problems, setProblems] = useState(0);
  const [focusId, setFocusId] = useState<string | null>(null);

  const resolver = useCallback<Resolver<StepValues>>(
    (values, context, options) =>
      (zodResolver(stepSchema(shownQuick(assessmentId), false), undefined, { mode: 'sync' }) as unknown as Resolver<StepValues>)(
        values,
        context,
        options,
      ),
    [assessmentId],
  );
  const form = useForm<StepValues>({ defaultValues: initial.values, resolver, mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: false });
  const { trigger, getFieldState } = form;

  useEffect(() => {
    if (initial.unsaved.length) void trigger(initial.unsaved.map((id) => `${fieldKey(id)}.answer` as const));
  }, [initial, trigger]);

  const leave = useCallback(
    async (to: string) => {
      if (warned.current || (await trigger())) return navigate(to);
      const invalid = shownQuick(assessmentId).filter((q) => getFieldState(`${fieldKey(q.id)}.answer`).invalid || getFieldState(`${fieldKey(q.id)}.note`).invalid);
      if (invalid.length === 0) return navigate(to);
      warned.current = true;
      setProblems(invalid.length);
      setFocusId(invalid[0]!.id);
    },
    [assessmentId, trigger, getFieldState],
  );

  useEffect(() => {
    if (focusId) focusQuestion(document, focusId);
  }, [focusId]);

  return { control: form.control, trigger, leave, problems };
}
