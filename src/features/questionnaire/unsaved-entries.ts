import type { AnswerDraft } from './form-schema';

// Entries the store refused (e.g. "150" as a percentage) live here for the rest of the visit,
// so that leaving a step and coming back shows them again with their message instead of
// quietly losing what was typed. They are never persisted: the store holds only valid answers.
const entries = new Map<string, AnswerDraft>();
const keyOf = (assessmentId: string, questionId: string) => `${assessmentId}\u0000${questionId}`;

/** Remembers (invalid) or forgets (valid) what the user typed for a question. */
export function rememberEntry(assessmentId: string, questionId: string, draft: AnswerDraft | null): void {
  if (draft) entries.set(keyOf(assessmentId, questionId), draft);
  else entries.delete(keyOf(assessmentId, questionId));
}

/** The refused entry typed earlier in this visit, if any. */
export function unsavedEntry(assessmentId: string, questionId: string): AnswerDraft | undefined {
  return entries.get(keyOf(assessmentId, questionId));
}
