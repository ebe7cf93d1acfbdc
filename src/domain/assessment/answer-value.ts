import type { Answer } from './assessment';

// Apart from the schemas in assessment.ts: scoring needs this on every results screen, the
// validation library it would bring along only where data is checked.

/** True when the answer holds a real value (not "don't know", not an empty selection). */
export function hasValue(answer: Answer | undefined): boolean {
  if (!answer || answer.dontKnow) return false;
  const v = answer.value;
  if (v === undefined) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'number') return Number.isFinite(v);
  return v.length > 0;
}
