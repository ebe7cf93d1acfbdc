import * as z from 'zod/mini';
import { assessmentSchema, safeKeySchema, type Assessment } from '@/domain/assessment/assessment';
import { upgradeAssessment } from '@/domain/assessment/upgrade-assessment';
import { instrument } from '@/content/instrument';
import { PERSIST_VERSION, type MigrationResult } from './persisted-state';

export const languageSchema = z.enum(['en', 'zh-CN']);
export type Language = z.infer<typeof languageSchema>;

export const preferencesSchema = z.object({
  language: z.nullable(languageSchema),
  /** Show every question in both languages at once (mixed workshops). */
  bilingual: z.boolean(),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const persistedStateSchema = z.object({
  assessments: z.record(safeKeySchema, assessmentSchema),
  deleted: z.record(safeKeySchema, z.number()),
  currentId: z.nullable(z.string()),
  preferences: preferencesSchema,
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

/**
 * Brings a stored value of any earlier version to the current shape and validates it, and moves
 * every assessment given to an earlier questionnaire to the current one (nothing dropped: see
 * `upgradeAssessment`). Version 1 is the shape before upgrade notes existed; it reads as is.
 * Never throws: an unreadable value is reported so the caller can keep it aside.
 */
export function migratePersisted(value: unknown, version: number, now: number = Date.now()): MigrationResult {
  if (!Number.isInteger(version) || version > PERSIST_VERSION) return { ok: false, reason: 'future-version' };
  const parsed = persistedStateSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const state = parsed.data;
  let upgraded: Record<string, Assessment> | null = null;
  for (const [id, a] of Object.entries(state.assessments)) {
    const next = upgradeAssessment(a, instrument, now);
    if (next === a) continue;
    upgraded ??= { ...state.assessments };
    upgraded[id] = next;
  }
  return { ok: true, state: upgraded ? { ...state, assessments: upgraded } : state };
}
