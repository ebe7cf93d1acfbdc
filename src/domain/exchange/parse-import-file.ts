import type { Assessment } from '../assessment/assessment';
import type { Instrument } from '../instrument/instrument-schema';
import { canUpgrade, findInvalidEarlierAnswer, upgradeAssessment } from '../assessment/upgrade-assessment';
import { copyAssessment } from './build-exchange-file';
import { isAllowedValue } from './check-answer-values';
import { IMPORT_LIMITS, assessmentFileSchema, bundleFileSchema, type ExchangeAssessment } from './exchange-format';
import { findForbiddenKey } from './find-forbidden-key';
import { formatPath, type ImportError, type ImportWarning, type PathSegment } from './import-errors';
import { migrateExchangeFile } from './migrate-exchange-file';

export type ImportResult =
  | { ok: true; kind: 'assessment' | 'bundle'; assessments: Assessment[]; warnings: ImportWarning[] }
  | { ok: false; error: ImportError };

const fail = (error: ImportError): ImportResult => ({ ok: false, error });
const MAX_LISTED_IDS = 10;

/**
 * Reads an export file (one assessment or a bundle) from another device, trusting nothing in it.
 * Checks, in order: size (before parsing), empty, JSON, forbidden keys, Chuhai format and version,
 * number of assessments, structure, duplicate ids, question ids known to `instrument`, values allowed
 * for their question. Any failure refuses the whole file; on success every assessment is a freshly
 * built plain object, over-long names and notes shortened with a warning. Never throws.
 */
export function parseImportFile(text: string, sizeBytes: number, instrument: Instrument, now: number = Date.now()): ImportResult {
  try {
    return parse(text, sizeBytes, instrument, now);
  } catch {
    // Unreachable by design (the property tests feed it 10,000 hostile files); kept so a future bug cannot throw into the UI.
    return fail({ code: 'bad_structure', details: { path: '' } });
  }
}

function parse(text: string, sizeBytes: number, instrument: Instrument, now: number): ImportResult {
  const limit = IMPORT_LIMITS.maxBytes;
  // A UTF-8 byte count is never below the UTF-16 length, so the text length is a floor when the caller's size is unusable.
  const size = Math.max(Number.isFinite(sizeBytes) && sizeBytes > 0 ? sizeBytes : 0, text.length);
  if (size > limit) return fail({ code: 'too_large', details: { size, limit } });

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // byte-order mark from Windows editors
  if (body.trim() === '') return fail({ code: 'empty', details: {} });
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    // Text that does not even start like JSON (a CSV, a note) is another kind of file, not a cut-off one.
    return fail({ code: /^\s*[[{]/.test(body) ? 'not_json' : 'not_chuhai', details: {} });
  }

  const forbidden = findForbiddenKey(raw);
  if (forbidden) return fail({ code: 'forbidden_key', details: { path: formatPath(forbidden.path), key: forbidden.key } });

  const migrated = migrateExchangeFile(raw);
  if (!migrated.ok) return migrated;
  const { kind, file } = migrated;
  if (kind === 'bundle' && Array.isArray(file.assessments) && file.assessments.length > IMPORT_LIMITS.maxAssessments) {
    return fail({ code: 'too_many', details: { count: file.assessments.length, limit: IMPORT_LIMITS.maxAssessments } });
  }

  const parsed = kind === 'bundle' ? bundleFileSchema.safeParse(file) : assessmentFileSchema.safeParse(file);
  if (!parsed.success) {
    const path = (parsed.error.issues[0]?.path ?? []).map((s) => (typeof s === 'number' ? s : String(s)));
    return fail({ code: 'bad_structure', details: { path: formatPath(path) } });
  }
  const items: ExchangeAssessment[] = 'assessments' in parsed.data ? parsed.data.assessments : [parsed.data.assessment];
  const pathOf = (i: number): PathSegment[] => (kind === 'bundle' ? ['assessments', i] : ['assessment']);
  if (items.length === 0) return fail({ code: 'empty', details: {} });

  // Answers given to an earlier questionnaire: checked against what that version could hold, then carried
  // forward (nothing dropped), and checked again as answers to the current one.
  for (const [i, item] of items.entries()) {
    if (!canUpgrade(instrument, item.instrumentVersion)) continue;
    const bad = findInvalidEarlierAnswer(item.answers, instrument, item.instrumentVersion);
    if (!bad) continue;
    const path = formatPath([...pathOf(i), 'answers', bad.questionId, ...(bad.unknown ? [] : ['value'])]);
    return fail(
      bad.unknown
        ? { code: 'unknown_question', details: { path, questionIds: [bad.questionId] } }
        : { code: 'out_of_range', details: { path, questionId: bad.questionId } },
    );
  }
  const current = items.map((item) => upgradeAssessment(copyAssessment(item), instrument, now));
  const checked = checkItems(current, pathOf, instrument);
  if (checked) return fail(checked);

  const warnings: ImportWarning[] = [];
  const assessments = current.map((item, i) => clipTexts(copyAssessment(item), pathOf(i), warnings));
  return { ok: true, kind, assessments, warnings };
}

/** Duplicate ids, then questions unknown to the instrument (all listed), then the first value not allowed. */
function checkItems(items: readonly Assessment[], pathOf: (i: number) => PathSegment[], instrument: Instrument): ImportError | null {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) return { code: 'duplicate_id', details: { path: formatPath([...pathOf(i), 'id']) } };
    seen.add(item.id);
  }
  const byId = new Map(instrument.questions.map((q) => [q.id, q]));
  const unknown = new Set<string>();
  let firstUnknown: PathSegment[] | null = null;
  // A scenario's changed answers are answers to the current questionnaire too, checked the same way.
  const answerSets = (item: Assessment, i: number) => [
    { answers: item.answers, path: [...pathOf(i), 'answers'] },
    ...(item.scenarios ?? []).map((s, j) => ({ answers: s.answers, path: [...pathOf(i), 'scenarios', j, 'answers'] })),
  ];
  for (const [i, item] of items.entries()) {
    for (const set of answerSets(item, i)) {
      for (const qid of Object.keys(set.answers)) {
        if (byId.has(qid)) continue;
        unknown.add(qid);
        firstUnknown ??= [...set.path, qid];
      }
    }
  }
  if (firstUnknown) {
    return { code: 'unknown_question', details: { path: formatPath(firstUnknown), questionIds: [...unknown].slice(0, MAX_LISTED_IDS) } };
  }
  for (const [i, item] of items.entries()) {
    for (const set of answerSets(item, i)) {
      for (const [qid, answer] of Object.entries(set.answers)) {
        if (!isAllowedValue(byId.get(qid)!, answer.value)) {
          return { code: 'out_of_range', details: { path: formatPath([...set.path, qid, 'value']), questionId: qid } };
        }
      }
    }
  }
  return null;
}

/** Cuts a string to `limit` UTF-16 units without leaving half a surrogate pair at the end. */
function clip(s: string, limit: number): string {
  if (s.length <= limit) return s;
  const cut = s.slice(0, limit);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** Shortens an over-long name or note (in place, on a fresh copy) and says so. */
function clipTexts(a: Assessment, path: PathSegment[], warnings: ImportWarning[]): Assessment {
  const { maxNameLength, maxNoteLength } = IMPORT_LIMITS;
  if (a.name.length > maxNameLength) {
    warnings.push({ code: 'truncated', details: { path: formatPath([...path, 'name']), field: 'name', limit: maxNameLength, length: a.name.length } });
    a.name = clip(a.name, maxNameLength);
  }
  for (const [qid, answer] of Object.entries(a.answers)) {
    if (answer.note === undefined || answer.note.length <= maxNoteLength) continue;
    const details = { path: formatPath([...path, 'answers', qid, 'note']), field: 'note' as const, limit: maxNoteLength, length: answer.note.length };
    warnings.push({ code: 'truncated', details });
    answer.note = clip(answer.note, maxNoteLength);
  }
  return a;
}
