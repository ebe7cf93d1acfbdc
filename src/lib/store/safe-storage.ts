import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { mergeCollections } from '@/domain/assessment/merge-assessments';
import { PERSIST_VERSION, QUARANTINE_PREFIX, type PersistedState } from './persisted-state';
import { lazyValidator, type Migrate, type ValidatorSource } from './persisted-validator';

/** Something the user must be told about their saved data. */
export type StorageProblem =
  /** Browser storage cannot be used (private mode, disabled): work lives in memory only. */
  | { kind: 'unavailable' }
  /** The stored value could not be read; `raw` is what was there, also kept under `quarantineKey`. */
  | { kind: 'corrupt' | 'future-version'; quarantineKey: string | null; raw: string }
  /** The browser refused to save (quota); the last saved copy is intact. */
  | { kind: 'quota' }
  /**
   * `count` saved assessments could not be read: the others loaded, and each unreadable one is kept
   * under its own key (see set-aside.ts) unless `kept` is false (no room): then nothing is written over it.
   */
  | { kind: 'set-aside'; count: number; kept: boolean };

export interface SafeStorageOptions {
  /** Returns the browser storage; may throw (some browsers throw on mere access). */
  getBackend: () => Storage;
  onProblem: (problem: StorageProblem) => void;
  /** A write succeeded after one had failed for lack of space: what is in memory is saved again. */
  onSaved?: () => void;
  now?: () => number;
  /** The validator of saved data, fetched on demand (tests may pass one that is already there). */
  validator?: ValidatorSource;
}

function isQuotaError(e: unknown): boolean {
  if (!(e instanceof DOMException) && !(e instanceof Error)) return false;
  const code = (e as DOMException).code;
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function openBackend(getBackend: () => Storage): Storage | null {
  try {
    const s = getBackend();
    const probe = 'chuhai:probe';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch (e) {
    // A full disk also fails the probe, but then the stored data is still readable.
    if (isQuotaError(e)) {
      try {
        return getBackend();
      } catch {
        return null;
      }
    }
    return null;
  }
}

type ReadResult =
  | { kind: 'empty' }
  /** `setAside`: assessments that could not be read, each as stored, to keep apart from the rest. */
  | { kind: 'ok'; state: PersistedState; setAside: string[] }
  | { kind: 'bad'; reason: 'corrupt' | 'future-version'; raw: string }
  /** There is a value, and the validator to read it is not here yet. */
  | { kind: 'unchecked' };

function readValue(raw: string | null, migratePersisted: Migrate | null): ReadResult {
  if (raw === null) return { kind: 'empty' };
  if (!migratePersisted) return { kind: 'unchecked' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { kind: 'bad', reason: 'corrupt', raw };
  }
  if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) return { kind: 'bad', reason: 'corrupt', raw };
  const version = (parsed as { version?: unknown }).version;
  if (typeof version !== 'number') return { kind: 'bad', reason: 'corrupt', raw };
  const migrated = migratePersisted((parsed as { state: unknown }).state, version);
  if (!migrated.ok) return { kind: 'bad', reason: migrated.reason === 'future-version' ? 'future-version' : 'corrupt', raw };
  return { kind: 'ok', state: migrated.state, setAside: migrated.setAside ?? [] };
}

/** The key under which exactly `raw` is already kept aside, if any (so a reload does not keep it twice). */
function keptAsideKey(s: Storage, raw: string): string | null {
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(QUARANTINE_PREFIX) && s.getItem(key) === raw) return key;
  }
  return null;
}

/**
 * A zustand `PersistStorage` that never throws into the UI and never destroys saved work:
 * unreadable values are copied aside before anything is written over them, a full quota
 * leaves the last good copy in place, and each write merges with what another tab saved.
 */
export function createSafeStorage({ getBackend, onProblem: report, onSaved = () => undefined, now = Date.now, validator = lazyValidator }: SafeStorageOptions): PersistStorage<PersistedState> {
  let backend: Storage | null | undefined;
  // Reporting changes the store, which writes again: report each kind once until it clears,
  // and quarantine each bad value once, or a failing write would loop forever. A full quota is
  // reported on every failed write of new content (the store shows it once), so a notice the
  // user dismissed comes back with the next change that cannot be saved.
  const reported = new Set<StorageProblem['kind']>();
  const onProblem = (p: StorageProblem) => {
    if (p.kind !== 'quota' && reported.has(p.kind)) return;
    reported.add(p.kind);
    report(p);
  };
  // The text of the last write refused for lack of space; null while saving works.
  let refused: string | null = null;
  const alreadyKeptAside = new Set<string>();
  const memory = new Map<string, string>();
  // Set when a bad value could not be copied aside: then we must not write over it.
  const locked = new Set<string>();
  // What this tab last wrote: when storage still holds it, no other tab has written since,
  // so the (costly) read-validate-merge can be skipped on the hot path of every answer.
  const lastWritten = new Map<string, string>();

  const storage = (): Storage | null => {
    if (backend === undefined) {
      backend = openBackend(getBackend);
      if (!backend) onProblem({ kind: 'unavailable' });
    }
    return backend;
  };

  const rawGet = (name: string): string | null => {
    const s = storage();
    if (!s) return memory.get(name) ?? null;
    try {
      return s.getItem(name);
    } catch {
      return memory.get(name) ?? null;
    }
  };

  const quarantine = (name: string, reason: 'corrupt' | 'future-version', raw: string) => {
    if (alreadyKeptAside.has(raw)) return;
    alreadyKeptAside.add(raw);
    const s = storage();
    const key = `${QUARANTINE_PREFIX}${now()}`;
    let kept: string | null = null;
    if (s) {
      try {
        s.setItem(key, raw);
        kept = key;
      } catch {
        locked.add(name);
      }
    }
    onProblem({ kind: reason, quarantineKey: kept, raw });
  };

  /**
   * Keeps each unreadable assessment under its own key, never to be written over, before the state
   * without them may replace the stored one. False (and the stored value locked) when there is no room.
   */
  const keepAssessmentsAside = (name: string, records: readonly string[]): boolean => {
    const s = storage();
    const fresh = records.filter((r) => !alreadyKeptAside.has(r));
    if (fresh.length === 0) return !locked.has(name);
    let kept = true;
    for (const [i, raw] of fresh.entries()) {
      alreadyKeptAside.add(raw);
      try {
        if (!s) throw new Error('no storage');
        if (keptAsideKey(s, raw)) continue;
        let key = `${QUARANTINE_PREFIX}${now()}-${i}`;
        while (s.getItem(key) !== null) key += 'x';
        s.setItem(key, raw);
      } catch {
        kept = false;
      }
    }
    if (!kept) locked.add(name);
    onProblem({ kind: 'set-aside', count: fresh.length, kept });
    return kept;
  };

  // A write that must first read what another tab saved, waiting for the validator: only the
  // latest state is kept (each write carries the whole state), and written once it can be merged.
  let waiting: { name: string; value: StorageValue<PersistedState> } | null = null;
  const writeWhenValidated = (name: string, value: StorageValue<PersistedState>) => {
    const alreadyAsked = waiting !== null;
    waiting = { name, value };
    if (alreadyAsked) return;
    validator.load().then(
      () => {
        const w = waiting;
        waiting = null;
        if (w) setItem(w.name, w.value);
      },
      () => {
        // Not fetched (offline before the app was ever cached): nothing is written over the other
        // tab's data, the user is told that changes are not being saved, and the next change asks again.
        waiting = null;
        onProblem({ kind: 'unavailable' });
      },
    );
  };

  function getItem(name: string): StorageValue<PersistedState> | null {
    const read = readValue(rawGet(name), validator.current());
    if (read.kind === 'ok') {
      if (read.setAside.length > 0) keepAssessmentsAside(name, read.setAside);
      return { state: read.state, version: PERSIST_VERSION };
    }
    if (read.kind === 'bad') quarantine(name, read.reason, read.raw);
    // 'unchecked' cannot happen here: the store reads saved data only once the validator is in.
    return null;
  }

  function setItem(name: string, value: StorageValue<PersistedState>): void {
    let state = value.state;
    const stored = rawGet(name);
    const current: ReadResult = stored !== null && stored === lastWritten.get(name) ? { kind: 'empty' } : readValue(stored, validator.current());
    if (current.kind === 'unchecked') return writeWhenValidated(name, value);
    if (waiting?.name === name) waiting = null; // this newer state supersedes the one waiting
    if (current.kind === 'ok') {
      if (current.setAside.length > 0) keepAssessmentsAside(name, current.setAside);
      const merged = mergeCollections(current.state, state);
      state = { ...state, assessments: merged.assessments, deleted: merged.deleted };
    } else if (current.kind === 'bad' && !locked.has(name) && !alreadyKeptAside.has(current.raw)) {
      quarantine(name, current.reason, current.raw);
    }
    const text = JSON.stringify({ state, version: PERSIST_VERSION });
    const s = storage();
    if (!s || locked.has(name)) {
      memory.set(name, text);
      return;
    }
    // Nothing new to save (a change to what is not saved, such as a notice): writing again would
    // only repeat the last write, or its failure.
    if (text === refused || (text === lastWritten.get(name) && stored === text)) return;
    try {
      s.setItem(name, text);
      lastWritten.set(name, text);
      reported.delete('quota');
      if (refused !== null) {
        refused = null;
        onSaved();
      }
    } catch (e) {
      if (isQuotaError(e)) {
        refused = text;
        onProblem({ kind: 'quota' });
      } else onProblem({ kind: 'unavailable' });
    }
  }

  return {
    getItem,
    setItem,
    removeItem(name) {
      memory.delete(name);
      try {
        storage()?.removeItem(name);
      } catch {
        /* nothing to remove */
      }
    },
  };
}
