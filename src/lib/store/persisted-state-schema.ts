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
  const salvaged = parsed.success ? null : salvage(value);
  if (!parsed.success && !salvaged) return { ok: false, reason: 'invalid' };
  const state = parsed.success ? parsed.data : salvaged!.state;
  const setAside = salvaged ? { setAside: salvaged.setAside } : {};
  let upgraded: Record<string, Assessment> | null = null;
  for (const [id, a] of Object.entries(state.assessments)) {
    const next = upgradeAssessment(a, instrument, now);
    if (next === a) continue;
    upgraded ??= { ...state.assessments };
    upgraded[id] = next;
  }
  return { ok: true, state: upgraded ? { ...state, assessments: upgraded } : state, ...setAside };
}

/** The saved state around its assessments; each assessment is then read on its own. */
const envelopeSchema = z.object({
  assessments: z.record(z.string(), z.unknown()),
  deleted: z.catch(z.record(safeKeySchema, z.number()), {}),
  currentId: z.catch(z.nullable(z.string()), null),
  preferences: z.catch(preferencesSchema, { language: null, bilingual: false }),
});

/**
 * One malformed assessment must not hide the others: when the whole value does not read, the
 * readable assessments are kept and each unreadable one is returned as stored, to be set aside.
 * Null when even the envelope (a record of assessments) is not there.
 */
function salvage(value: unknown): { state: PersistedState; setAside: string[] } | null {
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return null;
  const assessments: Record<string, Assessment> = {};
  const setAside: string[] = [];
  for (const [id, raw] of Object.entries(envelope.data.assessments)) {
    const a = assessmentSchema.safeParse(raw);
    if (a.success && safeKeySchema.safeParse(id).success) assessments[id] = a.data;
    else setAside.push(JSON.stringify(raw) ?? 'null');
  }
  const { deleted, preferences } = envelope.data;
  const currentId = envelope.data.currentId !== null && envelope.data.currentId in assessments ? envelope.data.currentId : null;
  return { state: { assessments, deleted, currentId, preferences }, setAside };
}
