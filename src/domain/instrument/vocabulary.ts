/**
 * The instrument's fixed vocabulary (dimensions, sections, axes, rungs, question types, units) and
 * the predicate language with its helpers: plain data and functions, no validation library. The zod
 * schemas that check the content (predicate-schema.ts, instrument-schema.ts) build on these; the
 * screens that only show results import from here and so never load zod.
 */

export const DIMENSIONS = ['rd', 'standards', 'brand', 'localisation', 'capital', 'supply', 'compliance', 'talent'] as const;
export type DimensionId = (typeof DIMENSIONS)[number];
export const SECTIONS = ['profile', ...DIMENSIONS] as const;
export type SectionId = (typeof SECTIONS)[number];
export const AXES = ['T', 'R'] as const;
export type AxisId = (typeof AXES)[number];

/**
 * The one condition language of the instrument, used by question conditions (answer tests
 * only), ladder gates and recommendation rules. Kept small on purpose: every predicate can
 * be explained in words and traced back to the answers it read.
 */
export type Predicate =
  /** Single choice / yes-no: the answer is one of `is`. Multiple choice: it includes one of `is`. */
  | { q: string; is: string[] }
  /** Numeric answer (percentage, number) at least `atLeast`. */
  | { q: string; atLeast: number }
  /** Numeric answer below `below` (an unanswered number is not below anything). */
  | { q: string; below: number }
  /** Partial credit of a scored question below a value; unanswered and "don't know" score 0. */
  | { q: string; creditBelow: number }
  /** The question is visible but unanswered or answered "don't know". */
  | { q: string; unknown: true }
  | { dimension: DimensionId; below: number }
  | { dimension: DimensionId; atLeast: number }
  | { axis: AxisId; below: number }
  | { axis: AxisId; atLeast: number }
  | { gate: string; passed: boolean }
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate };

export const QUESTION_TYPES = ['single', 'multi', 'yesno', 'percent', 'number'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const UNITS = ['percent', 'tonnes_per_year', 'count', 'years'] as const;

export const RUNGS = ['none', 'product', 'brand', 'integrated'] as const;
export type Rung = (typeof RUNGS)[number];

/** Question ids a predicate reads, in order of appearance (for "why" explanations and reference checks). */
export function questionsIn(p: Predicate): string[] {
  if ('q' in p) return [p.q];
  if ('all' in p) return p.all.flatMap(questionsIn);
  if ('any' in p) return p.any.flatMap(questionsIn);
  if ('not' in p) return questionsIn(p.not);
  return [];
}

/** Gate ids a predicate reads. */
export function gatesIn(p: Predicate): string[] {
  if ('gate' in p) return [p.gate];
  if ('all' in p) return p.all.flatMap(gatesIn);
  if ('any' in p) return p.any.flatMap(gatesIn);
  if ('not' in p) return gatesIn(p.not);
  return [];
}

/** True when a predicate only tests answers (allowed as a question's display condition). */
export function isAnswerOnly(p: Predicate): boolean {
  if ('q' in p) return true;
  if ('all' in p) return p.all.every(isAnswerOnly);
  if ('any' in p) return p.any.every(isAnswerOnly);
  if ('not' in p) return isAnswerOnly(p.not);
  return false;
}
