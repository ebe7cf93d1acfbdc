import { crc32 } from './crc32';
import type { Frame } from './frames';

/** Sequences being gathered, and those already complete (their codes are recognised and ignored). */
export interface FrameCollection {
  pending: ReadonlyMap<number, { count: number; chunks: readonly (Uint8Array | undefined)[] }>;
  finished: ReadonlySet<number>;
}

export type CollectOutcome =
  /** A new code of a sequence not yet complete: which ones are in, of how many. */
  | { kind: 'part'; sequenceId: number; received: number[]; count: number }
  /** A code already held, or of a sequence already complete. */
  | { kind: 'repeat'; sequenceId: number }
  /** The last missing code: the whole payload, its checksum verified. */
  | { kind: 'complete'; sequenceId: number; payload: Uint8Array }
  /** Every code is in but the whole does not match its checksum: gathering starts again. */
  | { kind: 'damaged'; sequenceId: number };

/** Bounds what a stream of hostile codes can make the reader hold. */
const MAX_PENDING = 32;
const MAX_FINISHED = 1000;

export const emptyCollection = (): FrameCollection => ({ pending: new Map(), finished: new Set() });

/**
 * Adds one scanned frame, in any order. The same sequence id with a different count means another
 * hand-in whose id collides: the one gathered so far is dropped. Pure: returns a new collection.
 */
export function collectFrame(state: FrameCollection, frame: Frame): { state: FrameCollection; outcome: CollectOutcome } {
  const { sequenceId: id, index, count } = frame;
  if (state.finished.has(id)) return { state, outcome: { kind: 'repeat', sequenceId: id } };
  const held = state.pending.get(id);
  if (held && held.count === count && held.chunks[index]) return { state, outcome: { kind: 'repeat', sequenceId: id } };

  const chunks = held && held.count === count ? [...held.chunks] : Array.from<Uint8Array | undefined>({ length: count });
  chunks[index] = frame.chunk;
  const pending = new Map(state.pending);
  pending.delete(id);
  const received = chunks.flatMap((c, i) => (c ? [i] : []));
  if (received.length < count) {
    pending.set(id, { count, chunks });
    // Oldest first in a Map's order: the sequence not seen for longest goes.
    while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
    return { state: { pending, finished: state.finished }, outcome: { kind: 'part', sequenceId: id, received, count } };
  }

  const payload = new Uint8Array(chunks.reduce((n, c) => n + c!.length, 0));
  let at = 0;
  for (const c of chunks) {
    payload.set(c!, at);
    at += c!.length;
  }
  if (crc32(payload) !== id) return { state: { pending, finished: state.finished }, outcome: { kind: 'damaged', sequenceId: id } };
  const finished = new Set(state.finished);
  finished.add(id);
  if (finished.size > MAX_FINISHED) finished.delete(finished.values().next().value!);
  return { state: { pending, finished }, outcome: { kind: 'complete', sequenceId: id, payload } };
}
