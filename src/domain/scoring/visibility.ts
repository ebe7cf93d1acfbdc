import type { Answers } from '../assessment/assessment';
import type { Predicate } from '../instrument/predicate-schema';
import { answerStatus, chosenOptions, creditOf, numericValue } from './answer-credit';
import type { InstrumentIndex } from './instrument-index';

/**
 * Decides which questions are shown. A question's condition reads only answers of visible
 * questions, so an answer kept under a hidden question never shows or counts anywhere.
 */
export function visibleQuestions(index: InstrumentIndex, answers: Answers): Set<string> {
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();
  const visible = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const q = index.byId.get(id);
    if (!q) return false;
    if (visiting.has(id)) return false; // a cycle is a content error (tested); never loop
    visiting.add(id);
    const shown = !q.condition || testAnswers(q.condition, index, answers, visible);
    visiting.delete(id);
    memo.set(id, shown);
    return shown;
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
