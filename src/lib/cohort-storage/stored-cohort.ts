import * as z from 'zod/mini';
import { assessmentSchema } from '@/domain/assessment/assessment';
import type { CohortMember } from '@/domain/cohort/cohort-members';

/** Version of a stored cohort record; bump it, and migrate in `parseStoredCohort`, on any change of shape. */
export const COHORT_RECORD_VERSION = 1;

const memberSchema = z.object({ seq: z.number().check(z.int(), z.gte(0)), assessment: assessmentSchema });

/** One workshop's cohort as kept in IndexedDB: copies of the firms' assessments, never the originals. */
export const storedCohortSchema = z.object({
  version: z.literal(COHORT_RECORD_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.maxLength(200)),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** False (the default): firms appear as A, B, C… on screen and in exports. */
  showNames: z.boolean(),
  /** The next import position; labels are never reused within a cohort. */
  nextSeq: z.number().check(z.int(), z.gte(0)),
  members: z.array(memberSchema),
});
export type StoredCohort = Omit<z.infer<typeof storedCohortSchema>, 'members'> & { members: CohortMember[] };

/** A stored record checked against the schema: the cohort, or null when it cannot be read. */
export function parseStoredCohort(raw: unknown): StoredCohort | null {
  const r = storedCohortSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** A new, empty cohort (anonymised by default). */
export function newCohort(id: string, name: string, now: number): StoredCohort {
  return { version: COHORT_RECORD_VERSION, id, name, createdAt: now, updatedAt: now, showNames: false, nextSeq: 0, members: [] };
}
