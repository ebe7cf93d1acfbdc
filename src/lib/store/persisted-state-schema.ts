import * as z from 'zod/mini';
import { assessmentSchema, safeKeySchema } from '@/domain/assessment/assessment';
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
 * Brings a stored value of any earlier version to the current shape and validates it.
 * Never throws: an unreadable value is reported so the caller can keep it aside.
 */
export function migratePersisted(value: unknown, version: number): MigrationResult {
  if (!Number.isInteger(version) || version > PERSIST_VERSION) return { ok: false, reason: 'future-version' };
  // Version 0 never shipped; each later version adds a step here, oldest first.
  const parsed = persistedStateSchema.safeParse(value);
  return parsed.success ? { ok: true, state: parsed.data } : { ok: false, reason: 'invalid' };
}
