import { decodeBase45, encodeBase45 } from './base45';
import { crc32 } from './crc32';

/**
 * One QR code of a hand-in carries one frame: the text `CHUHAI:` followed by base45 of
 *
 *   version (1 byte) · sequence id (4) · index n, 0-based (1) · count m (1) · chunk · CRC-32 of all before (4)
 *
 * The sequence id is the CRC-32 of the whole compressed payload, so it names one hand-in (the same
 * answers shown twice give the same id, a changed answer a new one) and checks the reassembled whole.
 * A reader recognises a foreign code by the missing prefix, a damaged one by the checksum, and a code
 * from a newer Chuhai by its version, before it looks at anything else.
 */
export const FRAME_PREFIX = 'CHUHAI:';
export const FRAME_VERSION = 1;
const HEADER_BYTES = 7;
const CRC_BYTES = 4;

/**
 * QR version 10 (57 × 57 modules) at error correction level M holds 311 alphanumeric characters:
 * 7 for the prefix and 304 of base45, i.e. 202 bytes, 11 of them header and checksum. At 340 CSS px
 * on a phone that is 5 px a module, large enough for a 720p laptop camera at arm's length.
 */
export const QR_VERSION_MAX = 10;
export const CHUNK_BYTES = 191;
/** Most codes one hand-in may take (the unit tests show every assessment fits in far fewer). */
export const MAX_CODES = 16;

export interface Frame {
  version: number;
  sequenceId: number;
  index: number;
  count: number;
  chunk: Uint8Array;
}

export type FrameResult = { ok: true; frame: Frame } | { ok: false; reason: 'foreign' | 'damaged' | 'future_version' };

/** The texts of the QR codes carrying `payload` (chunks of near-equal size), or null when it needs more than MAX_CODES. */
export function framesFor(payload: Uint8Array): string[] | null {
  const count = Math.max(1, Math.ceil(payload.length / CHUNK_BYTES));
  if (count > MAX_CODES) return null;
  const size = Math.ceil(payload.length / count);
  const id = crc32(payload);
  const out: string[] = [];
  for (let index = 0; index < count; index++) {
    const chunk = payload.subarray(index * size, Math.min(payload.length, (index + 1) * size));
    const bytes = new Uint8Array(HEADER_BYTES + chunk.length + CRC_BYTES);
    const view = new DataView(bytes.buffer);
    view.setUint8(0, FRAME_VERSION);
    view.setUint32(1, id);
    view.setUint8(5, index);
    view.setUint8(6, count);
    bytes.set(chunk, HEADER_BYTES);
    view.setUint32(HEADER_BYTES + chunk.length, crc32(bytes.subarray(0, HEADER_BYTES + chunk.length)));
    out.push(FRAME_PREFIX + encodeBase45(bytes));
  }
  return out;
}

/** Reads the text of a scanned QR code as a hand-in frame. Total: any text gives a frame or a reason. */
export function parseFrame(text: string): FrameResult {
  if (!text.startsWith(FRAME_PREFIX)) return { ok: false, reason: 'foreign' };
  const bytes = decodeBase45(text.slice(FRAME_PREFIX.length));
  if (!bytes || bytes.length < HEADER_BYTES + 1 + CRC_BYTES) return { ok: false, reason: 'damaged' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint8(0);
  if (version > FRAME_VERSION) return { ok: false, reason: 'future_version' };
  const end = bytes.length - CRC_BYTES;
  if (version !== FRAME_VERSION || view.getUint32(end) !== crc32(bytes.subarray(0, end))) return { ok: false, reason: 'damaged' };
  const index = view.getUint8(5);
  const count = view.getUint8(6);
  if (count < 1 || count > MAX_CODES || index >= count) return { ok: false, reason: 'damaged' };
  return { ok: true, frame: { version, sequenceId: view.getUint32(1), index, count, chunk: bytes.slice(HEADER_BYTES, end) } };
}
