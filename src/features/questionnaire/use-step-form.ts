import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { SectionId } from '@/domain/instrument/predicate-schema';
import { navigate } from '@/lib/router/hash-route';
import { appStore } from '@/lib/store/use-app-store';
import { answersIn, questionIndex, statsOf } from './answer-stats';
import { focusQuestion } from './focus-question';
import { draftOf, fieldKey, stepSchema, type StepValues } from './form-schema';
import { unsavedEntry } from './unsaved-entries';

/** Questions shown now on a step (skip logic read from the store at the moment of validation). */
function shownQuestions(assessmentId: string, section: SectionId) {
  const ids = statsOf(answersIn(appStore.getState(), assessmentId)).sections[section].visible;
  return ids.map((id) => questionIndex.byId.get(id)!);
}

interface FocusTarget {
  id: string;
  part: 'answer' | 'note';
}

function initialValues(assessmentId: string, section: SectionId): { values: StepValues; unsaved: string[] } {
  const answers = answersIn(appStore.getState(), assessmentId);
  const values: StepValues = {};
  const unsaved: string[] = [];
  for (const q of questionIndex.bySection.get(section) ?? []) {
    const draft = draftOf(q, answers[q.id]);
    const typed = unsavedEntry(assessmentId, q.id);
    if (typed) unsaved.push(q.id);
    values[fieldKey(q.id)] = typed ? { ...draft, answer: typed } : draft;
  }
  return { values, unsaved };
}

/**
 * The form of one step. Validation runs per field as the user answers (see QuestionField) and
 * over the whole step when the user tries to leave it. Leaving is never blocked: the first
 * attempt with problems marks them, says so and focuses the first; a second attempt goes on.
 * The firm profile's answers count as required only from that first attempt, so nobody is
 * scolded for a question they have not reached yet.
 */
export function useStepForm(assessmentId: string, section: SectionId) {
  const required = useRef(false);
  const warned = useRef(false);
  const [initial] = useState(() => initialValues(assessmentId, section));
  const [problems, setProblems] = useState(0);
  const [focusRequest, setFocusRequest] = useState<FocusTarget | null>(null);

  const resolver = useCallback<Resolver<StepValues>>(
    (values, context, options) => {
      const schema = stepSchema(shownQuestions(assessmentId, section), required.current && section === 'profile');
      return (zodResolver(schema, undefined, { mode: 'sync' }) as unknown as Resolver<StepValues>)(values, context, options);
    },
    [assessmentId, section],
  );

  const form = useForm<StepValues>({
    defaultValues: initial.values,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const { trigger, getFieldState } = form;

  // Build and run the step's schemas once while the user reads, so that the first answer does not
  // pay for it (a few tens of milliseconds on a slow phone).
  useEffect(() => {
    const warm = () => {
      const shown = shownQuestions(assessmentId, section);
      for (const strict of section === 'profile' ? [false, true] : [false]) stepSchema(shown, strict).safeParse(initial.values);
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(warm, { timeout: 1000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(warm, 200);
    return () => clearTimeout(handle);
  }, [assessmentId, section, initial]);

  // Entries refused earlier in this visit come back with their message.
  useEffect(() => {
    if (initial.unsaved.length) void trigger(initial.unsaved.map((id) => `${fieldKey(id)}.answer` as const));
  }, [initial, trigger]);

  /** Tries to leave the step for `to`; see above. */
  const leave = useCallback(
    async (to: string) => {
      if (warned.current) return navigate(to);
      required.current = true;
      if (await trigger()) return navigate(to);
      const invalid = shownQuestions(assessmentId, section).flatMap((q): FocusTarget[] => {
        const k = fieldKey(q.id);
        if (getFieldState(`${k}.answer`).invalid) return [{ id: q.id, part: 'answer' }];
        if (getFieldState(`${k}.note`).invalid) return [{ id: q.id, part: 'note' }];
        return [];
      });
      if (invalid.length === 0) return navigate(to);
      warned.current = true;
      setProblems(invalid.length);
      setFocusRequest(invalid[0]!);
    },
    [assessmentId, section, trigger, getFieldState],
  );

  // Focus after the messages are on the page, so that a screen reader reads the field with its message.
  useEffect(() => {
    if (focusRequest) focusQuestion(document, focusRequest.id, focusRequest.part);
  }, [focusRequest]);

  return { control: form.control, trigger, leave, problems };
}
