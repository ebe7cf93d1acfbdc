import { SECTIONS, type SectionId } from '@/domain/instrument/vocabulary';

/** The questionnaire's steps in order: the firm profile, one per dimension, then the review. */
export const STEPS = [...SECTIONS, 'review'] as const;
export type StepId = (typeof STEPS)[number];

/** True for a known step id (a URL segment may hold anything). */
export function isStep(x: string | undefined): x is StepId {
  return x !== undefined && (STEPS as readonly string[]).includes(x);
}

/** True for a step that holds questions (every step but the review). */
export function isSectionStep(step: StepId): step is SectionId {
  return step !== 'review';
}

/** The steps before and after `step` (null at either end). */
export function neighbours(step: StepId): { previous: StepId | null; next: StepId | null } {
  const i = STEPS.indexOf(step);
  return { previous: STEPS[i - 1] ?? null, next: STEPS[i + 1] ?? null };
}
