import { hasValue, type Answer } from '../assessment/assessment';
import type { Question } from '../instrument/instrument-schema';

export type AnswerStatus = 'answered' | 'dontKnow' | 'unanswered';

/** The numeric value of a percentage/number answer when it is valid for the question, else null. */
export function numericValue(question: Question, answer: Answer | undefined): number | null {
  if (!hasValue(answer) || typeof answer!.value !== 'number') return null;
  const v = answer!.value;
  if (!Number.isFinite(v) || v < 0 || (question.max !== undefined && v > question.max)) return null;
  return v;
}

/** The option ids of a choice answer that exist in the question, else null. */
export function chosenOptions(question: Question, answer: Answer | undefined): string[] | null {
  if (!hasValue(answer) || !question.options) return null;
  const v = answer!.value;
  const ids = question.options.map((o) => o.id);
  if (question.type === 'multi') {
    if (!Array.isArray(v)) return null;
    const valid = v.filter((x) => ids.includes(x));
    return valid.length ? valid : null;
  }
  return typeof v === 'string' && ids.includes(v) ? [v] : null;
}

/** How a question stands: answered with a valid value, "don't know", or not (validly) answered. */
export function answerStatus(question: Question, answer: Answer | undefined): AnswerStatus {
  if (answer?.dontKnow) return 'dontKnow';
  if (question.type === 'percent' || question.type === 'number') return numericValue(question, answer) === null ? 'unanswered' : 'answered';
  return chosenOptions(question, answer) === null ? 'unanswered' : 'answered';
}

/**
 * Partial credit 0–1 of an answer: the option's value, the sum of chosen options (capped at 1)
 * for multiple choice, or the band reached for numbers. Unanswered and "don't know" give 0.
 */
export function creditOf(question: Question, answer: Answer | undefined): number {
  if (answer?.dontKnow) return 0;
  if (question.bands) {
    const v = numericValue(question, answer);
    if (v === null) return 0;
    let credit = 0;
    for (const band of question.bands) if (v >= band.min) credit = Math.max(credit, band.value);
    return credit;
  }
  const chosen = chosenOptions(question, answer);
  if (!chosen || !question.options) return 0;
  const values = chosen.map((id) => question.options!.find((o) => o.id === id)?.value ?? 0);
  const total = question.type === 'multi' ? values.reduce((a, b) => a + b, 0) : (values[0] ?? 0);
  return Math.min(1, Math.max(0, total));
}
