import { ASSESSMENT_FORMAT, BUNDLE_FORMAT, FORMAT_VERSION } from './exchange-format';
import type { ImportError } from './import-errors';

export type RawFile = Record<string, unknown>;

/** Turns a file of format version `n` into version `n + 1`. Must be total: it gets unchecked data. */
export type MigrationStep = (file: RawFile) => RawFile;

export interface MigrationPlan {
  current: number;
  /** `steps[n]` upgrades version n to n + 1. */
  steps: Readonly<Record<number, MigrationStep>>;
}

/**
 * When the format changes: bump FORMAT_VERSION and add `steps[n] = (f) => ({ ...f, formatVersion: n + 1, … })`,
 * so files written by older versions keep importing. The answers inside are carried to the current
 * questionnaire afterwards, by the instrument's own revisions (see `parseImportFile`).
 */
export const EXCHANGE_MIGRATIONS: MigrationPlan = {
  current: FORMAT_VERSION,
  steps: {
    // 1 → 2: assessments may now carry upgrade notes; a version-1 file has none, so only the number changes.
    1: (f) => ({ ...f, formatVersion: 2 }),
    // 2 → 3: assessments may now carry scenarios; a version-2 file has none.
    2: (f) => ({ ...f, formatVersion: 3 }),
  },
};

export type MigrationResult =
  | { ok: true; kind: 'assessment' | 'bundle'; file: RawFile }
  | { ok: false; error: ImportError };

const isPlainObject = (x: unknown): x is RawFile => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Recognises a Chuhai file and brings it up to the current format version, oldest step first.
 * Anything else is "not a Chuhai file"; a newer version is named as such (update the app) rather
 * than guessed at. The result is still unchecked: the caller validates it against the schema.
 */
export function migrateExchangeFile(raw: unknown, plan: MigrationPlan = EXCHANGE_MIGRATIONS): MigrationResult {
  if (!isPlainObject(raw)) return { ok: false, error: { code: 'not_chuhai', details: {} } };
  const format = raw.format;
  if (format !== ASSESSMENT_FORMAT && format !== BUNDLE_FORMAT) return { ok: false, error: { code: 'not_chuhai', details: {} } };
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { code: 'bad_structure', details: { path: 'formatVersion' } } };
  }
  if (version > plan.current) {
    return { ok: false, error: { code: 'future_version', details: { version, supported: plan.current } } };
  }
  let file = raw;
  for (let v = version; v < plan.current; v++) {
    const step = plan.steps[v];
    if (!step) return { ok: false, error: { code: 'bad_structure', details: { path: 'formatVersion' } } };
    file = step(file);
  }
  return { ok: true, kind: format === ASSESSMENT_FORMAT ? 'assessment' : 'bundle', file };
}
