import type { Answers } from './assessment';

/** Marker for "don't know" in compact answer sets. */
export const DONT_KNOW = Symbol('dontKnow');
export type CompactValue = string | string[] | number | typeof DONT_KNOW;

/** Builds stored answers from a compact `{ questionId: value }` map (reference firms, fixtures, tests). */
export function answersFromValues(values: Record<string, CompactValue>, updatedAt = 0): Answers {
  const answers: Answers = {};
  for (const [id, v] of Object.entries(values)) {
    answers[id] = v === DONT_KNOW ? { dontKnow: true, updatedAt } : { value: v, updatedAt };
  }
  return answers;
}
