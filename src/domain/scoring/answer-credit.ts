import type { Answer, Answers } from '../assessment/assessment';
import { hasValue } from '../assessment/answer-value';
import type { Band, Question } from '../instrument/instrument-schema';

export type AnswerStatus = 'answered' | 'dontKnow' | 'unanswered';

/** The numeric value of a percentage/number answer when it is valid for the question, else null. */
export function numericValue(question: Question, answer: Answer | undefined): number | null {
  if (!hasValue(answer) || typeof answer!.value !== 'number') return null;
  const v = answer!.value;
  if (!Number.isFinite(v) || v < 0 || (question.max !== undefined && v > question.max)) return null;
  return v;
}

// Option lookups per question object: scoring runs over thousands of assessments in a workshop.
const optionValues = new WeakMap<Question, Map<string, number>>();
function valuesOf(question: Question): Map<string, number> {
  let m = optionValues.get(question);
  if (!m) {
    m = new Map((question.options ?? []).map((o) => [o.id, o.value ?? 0]));
    optionValues.set(question, m);
  }
  return m;
}

/** The option ids of a choice answer that exist in the question, else null. */
export function chosenOptions(question: Question, answer: Answer | undefined): string[] | null {
  if (!hasValue(answer) || !question.options) return null;
  const v = answer!.value;
  const ids = valuesOf(question);
  if (question.type === 'multi') {
    if (!Array.isArray(v)) return null;
    const valid = v.filter((x) => ids.has(x));
    return valid.length ? valid : null;
  }
  return typeof v === 'string' && ids.has(v) ? [v] : null;
}

/** How a question stands: answered with a valid value, "don't know", or not (validly) answered. */
export function answerStatus(question: Question, answer: Answer | undefined): AnswerStatus {
  if (answer?.dontKnow) return 'dontKnow';
  if (question.type === 'percent' || question.type === 'number') return numericValue(question, answer) === null ? 'unanswered' : 'answered';
  if (!hasValue(answer) || !question.options) return 'unanswered';
  // As `chosenOptions(...) !== null`, without building the list.
  const ids = valuesOf(question);
  const v = answer!.value;
  if (question.type === 'multi') return Array.isArray(v) && v.some((x) => ids.has(x)) ? 'answered' : 'unanswered';
  return typeof v === 'string' && ids.has(v) ? 'answered' : 'unanswered';
}

/**
 * The bands that apply to a numeric question: its `bandsBy` table for the profile answer it names
 * (R&D intensity against the firm's own High-tech Enterprise threshold), else its own `bands`.
 */
export function bandsFor(question: Question, answers: Answers | undefined): readonly Band[] | undefined {
  const by = question.bandsBy;
  if (!by || !answers) return question.bands;
  const a = answers[by.question];
  const key = a && !a.dontKnow && typeof a.value === 'string' ? a.value : undefined;
  return (key !== undefined && Object.hasOwn(by.bands, key) ? by.bands[key] : undefined) ?? question.bands;
}

/** The credit of a number against bands: the highest band whose minimum it reaches. */
export function bandCredit(bands: readonly Band[], v: number): number {
  let credit = 0;
  for (const band of bands) if (v >= band.min) credit = Math.max(credit, band.value);
  return credit;
}

/**
 * Partial credit 0–1 of an answer: the option's value, the sum of chosen options (capped at 1)
 * for multiple choice, or the band reached for numbers (`answers`, when given, chooses size-aware
 * bands). Unanswered and "don't know" give 0.
 */
export function creditOf(question: Question, answer: Answer | undefined, answers?: Answers): number {
  if (answer?.dontKnow) return 0;
  const bands = bandsFor(question, answers);
  if (bands) {
    const v = numericValue(question, answer);
    return v === null ? 0 : bandCredit(bands, v);
  }
  const chosen = chosenOptions(question, answer);
  if (!chosen) return 0;
  const values = valuesOf(question);
  let total = 0;
  for (const id of question.type === 'multi' ? new Set(chosen) : chosen) total += values.get(id) ?? 0;
  return Math.min(1, Math.max(0, total));
}

/**
 * The credit of an answer already known to be answered (status 'answered'), without building the
 * intermediate arrays `creditOf` does: scoring reads every question of thousands of assessments in a
 * workshop. Same result as `creditOf` (a property test holds them equal through the scores).
 */
export function answeredCredit(question: Question, answer: Answer, answers: Answers | undefined): number {
  if (question.type === 'percent' || question.type === 'number') {
    const bands = bandsFor(question, answers);
    const v = answer.value as number;
    return bands ? bandCredit(bands, v) : 0;
  }
  const values = valuesOf(question);
  const v = answer.value;
  if (!Array.isArray(v)) return Math.min(1, Math.max(0, values.get(v as string) ?? 0));
  let total = 0;
  for (let i = 0; i < v.length; i++) {
    const id = v[i]!;
    // Each option counts once, as in `creditOf`'s set.
    if (v.indexOf(id) === i) total += values.get(id) ?? 0;
  }
  return Math.min(1, Math.max(0, total));
}

/** Status and credit of one answer together (one pass; scoring reads both for every question). */
export function assessAnswer(question: Question, answer: Answer | undefined, answers?: Answers): { status: AnswerStatus; credit: number } {
  const status = answerStatus(question, answer);
  return { status, credit: status === 'answered' ? answeredCredit(question, answer!, answers) : 0 };
}
