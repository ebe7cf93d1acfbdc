import type { PersistedState } from './persisted-state-schema';

// The shapes are defined (and checked) by the zod schemas in persisted-state-schema.ts. That module
// is fetched only when there is saved data to read: a first visit paints without the validator.
export type { Language, PersistedState, Preferences } from './persisted-state-schema';

/**
 * Bump when the persisted shape changes, and add a step to `migratePersisted`. 2: assessments may
 * carry upgrade notes (questionnaire 2026.2). 3: and scenarios (the planner); a window still running
 * an older version then refuses the newer data rather than saving over it without them.
 */
export const PERSIST_VERSION = 3;
export const STORAGE_KEY = 'chuhai:v1:state';
export const QUARANTINE_PREFIX = 'chuhai:quarantine:';

export const emptyPersistedState = (): PersistedState => ({
  assessments: {},
  deleted: {},
  currentId: null,
  preferences: { language: null, bilingual: false },
});

/**
 * A stored value read into the current shape. `setAside` holds the assessments that could not be
 * read, each exactly as stored (JSON text), so they can be kept apart while the others load.
 */
export type MigrationResult = { ok: true; state: PersistedState; setAside?: string[] } | { ok: false; reason: 'invalid' | 'future-version' };
