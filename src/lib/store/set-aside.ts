import { BUNDLE_FORMAT, FORMAT_VERSION } from '@/domain/exchange/format-ids';
import { QUARANTINE_PREFIX } from './persisted-state';

/**
 * Saved data Chuhai could not read, kept aside in this browser under `chuhai:quarantine:<time>…`
 * (see safe-storage.ts): either one assessment, exactly as stored, or the whole saved state.
 * It stays until the user downloads it and discards it from "My assessments".
 */
export interface SetAsideItem {
  key: string;
  /** When it was set aside (from the key), or null if the key does not say. */
  at: number | null;
  /** One assessment, or the whole saved state (every assessment of that time). */
  what: 'assessment' | 'state';
  /** The assessment's name, if it still has a readable one. */
  name: string | null;
  raw: string;
}

export const SET_ASIDE_FORMAT = 'chuhai-set-aside';
export const SET_ASIDE_FORMAT_VERSION = 1;

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(key: string, raw: string): SetAsideItem {
  const time = Number(/^(\d+)/.exec(key.slice(QUARANTINE_PREFIX.length))?.[1]);
  const value = parseJson(raw);
  const isState = isObject(value) && 'state' in value;
  const name = !isState && isObject(value) && typeof value.name === 'string' ? value.name : null;
  return { key, at: Number.isFinite(time) && time > 0 ? time : null, what: isState || !isObject(value) ? 'state' : 'assessment', name, raw };
}

/** Everything set aside in `storage`, oldest first. Never throws. */
export function listSetAside(storage: () => Storage = () => window.localStorage): SetAsideItem[] {
  const out: SetAsideItem[] = [];
  try {
    const s = storage();
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (!key?.startsWith(QUARANTINE_PREFIX)) continue;
      const raw = s.getItem(key);
      if (raw !== null) out.push(describe(key, raw));
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || (a.key < b.key ? -1 : 1));
}

/** Removes one set-aside item for good (the user has downloaded it, or does not want it). */
export function discardSetAside(key: string, storage: () => Storage = () => window.localStorage): boolean {
  if (!key.startsWith(QUARANTINE_PREFIX)) return false;
  try {
    storage().removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file a set-aside item is downloaded as. It says what it is, and carries the data exactly
 * as it was stored; "My assessments" imports it back whenever the data reads as assessments.
 */
export function setAsideFileText(item: SetAsideItem, now: number): string {
  const file = {
    format: SET_ASIDE_FORMAT,
    formatVersion: SET_ASIDE_FORMAT_VERSION,
    about:
      'Saved data that Chuhai could not read in this browser, set aside and kept exactly as it was stored (in "data"). ' +
      'Import this file in Chuhai ("My assessments"): what can be read as assessments is imported, and Chuhai says so if nothing can. ' +
      'Keep the file until you no longer need the data.',
    what: item.what,
    setAsideAt: item.at !== null ? new Date(item.at).toISOString() : null,
    exportedAt: new Date(now).toISOString(),
    data: item.raw,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * For a file downloaded by `setAsideFileText`, or a copy of the saved state itself (what the notice
 * at the top of the page downloads): the bundle its assessments would be imported as, to be checked
 * like any other file; null if the data cannot hold assessments at all; `undefined` when the text is
 * neither.
 */
export function bundleFromSetAsideFile(text: string): string | null | undefined {
  const isFile = text.includes(SET_ASIDE_FORMAT);
  if (!isFile && !(text.includes('"state"') && text.includes('"assessments"'))) return undefined;
  const parsed = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!isObject(parsed)) return undefined;
  let data: unknown;
  if (parsed.format === SET_ASIDE_FORMAT) data = typeof parsed.data === 'string' ? parseJson(parsed.data) : undefined;
  else if ('format' in parsed || !isObject(parsed.state) || typeof parsed.version !== 'number') return undefined;
  else data = parsed;
  let records: unknown[];
  if (isObject(data) && isObject(data.state) && isObject(data.state.assessments)) records = Object.values(data.state.assessments);
  else if (isObject(data) && 'answers' in data) records = [data];
  else return null;
  if (records.length === 0) return null;
  const exportedAt = typeof parsed.exportedAt === 'string' ? parsed.exportedAt : new Date(0).toISOString();
  return JSON.stringify({ format: BUNDLE_FORMAT, formatVersion: FORMAT_VERSION, exportedAt, assessments: records });
}
