import type { Answers } from '../assessment/assessment';
import type { Predicate } from '../instrument/predicate-schema';
import { answerStatus, chosenOptions, creditOf, numericValue } from './answer-credit';
import type { InstrumentIndex } from './instrument-index';

/**
 * Decides which questions are shown. A question's condition reads only answers of visible
 * questions, so an answer kept under a hidden question never shows or counts anywhere.
 */
export function visibleQuestions(index: InstrumentIndex, answers: Answers): Set<string> {
  // Conditions read only earlier questions (tested), so one pass in that order decides each question
  // once; the memo is by position (most questions have no condition and are simply shown).
  const shown: (boolean | undefined)[] = new Array(index.instrument.questions.length);
  const visible = (id: string): boolean => {
    const at = index.position.get(id);
    if (at === undefined) return false;
    const known = shown[at];
    if (known !== undefined) return known;
    const q = index.instrument.questions[at]!;
    shown[at] = false; // a cycle is a content error (tested); never loop
    const v = !q.condition || testAnswers(q.condition, index, answers, visible);
    shown[at] = v;
    return v;
  };
  const out = new Set<string>();
  for (const q of index.instrument.questions) if (!q.condition || visible(q.id)) out.add(q.id);
  return out;
}

/** Evaluates the answer tests of a predicate; other kinds of test are false here. */
export function testAnswers(
  p: Predicate,
  index: InstrumentIndex,
  answers: Answers,
  isVisible: (id: string) => boolean,
): boolean {
  if ('all' in p) return p.all.every((x) => testAnswers(x, index, answers, isVisible));
  if ('any' in p) return p.any.some((x) => testAnswers(x, index, answers, isVisible));
  if ('not' in p) return !testAnswers(p.not, index, answers, isVisible);
  if (!('q' in p)) return false;
  const q = index.byId.get(p.q);
  if (!q || !isVisible(p.q)) return false;
  const a = answers[p.q];
  if ('is' in p) return chosenOptions(q, a)?.some((id) => p.is.includes(id)) ?? false;
  if ('atLeast' in p) {
    const v = numericValue(q, a);
    return v !== null && v >= p.atLeast;
  }
  if ('below' in p) {
    const v = numericValue(q, a);
    return v !== null && v < p.below;
  }
  if ('creditBelow' in p) return creditOf(q, a, answers) < p.creditBelow;
  return answerStatus(q, a) !== 'answered';
}
