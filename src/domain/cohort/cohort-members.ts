import type { Assessment } from '../assessment/assessment';

/** An assessment in a cohort, with the import position that gives its anonymous label. */
export interface CohortMember {
  /** 0-based import position; see `cohortLabel`. Never reused within a cohort. */
  seq: number;
  assessment: Assessment;
}

/** The outcome of adding assessments to a cohort. */
export interface MergeResult {
  members: CohortMember[];
  nextSeq: number;
  /** New firms. */
  added: number;
  /** Firms already in the cohort whose incoming copy was newer: replaced, label kept. */
  updated: number;
  /** Incoming copies not newer than the one in the cohort: ignored. */
  unchanged: number;
}

/**
 * Adds assessments to a cohort's members. The same assessment id is one firm: the copy with the
 * newest `updatedAt` wins and keeps the firm's label; a new id is appended with the next label.
 * Works for duplicates inside `incoming` too. Pure: returns new arrays, never mutates.
 */
export function mergeIntoCohort(members: readonly CohortMember[], nextSeq: number, incoming: readonly Assessment[]): MergeResult {
  const out = [...members];
  const at = new Map(out.map((m, i) => [m.assessment.id, i]));
  let seq = Math.max(nextSeq, ...out.map((m) => m.seq + 1));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const a of incoming) {
    const i = at.get(a.id);
    if (i === undefined) {
      at.set(a.id, out.length);
      out.push({ seq: seq++, assessment: a });
      added++;
    } else if (a.updatedAt > out[i]!.assessment.updatedAt) {
      out[i] = { seq: out[i]!.seq, assessment: a };
      updated++;
    } else unchanged++;
  }
  return { members: out, nextSeq: seq, added, updated, unchanged };
}

/** The members without the assessment `id` (labels of the others unchanged). */
export function removeFromCohort(members: readonly CohortMember[], id: string): CohortMember[] {
  return members.filter((m) => m.assessment.id !== id);
}

/** Puts a removed member back in its place by label order (undo). */
export function restoreToCohort(members: readonly CohortMember[], member: CohortMember): CohortMember[] {
  if (members.some((m) => m.assessment.id === member.assessment.id)) return [...members];
  return [...members, member].sort((a, b) => a.seq - b.seq);
}
