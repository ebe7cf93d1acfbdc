/**
 * Turns the bytes of a chosen file into text, or says why it is not a text file Chuhai can read.
 * Chuhai writes UTF-8; a file re-saved on Chinese Windows as "ANSI" is GBK, which a plain read turns
 * into replacement characters without a word, so the decoding here is strict. Pure: no DOM, no I/O.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; code: 'not_text' | 'not_utf8' };

/** Signatures of files people pick by mistake: PNG, JPEG, GIF, PDF, ZIP (xlsx, docx), UTF-16 text. */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0x25, 0x50, 0x44, 0x46],
  [0x50, 0x4b, 0x03, 0x04],
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/** How far to look for a NUL byte: text never has one, binary files almost always do early on. */
const SNIFF_BYTES = 4096;

export function decodeImportBytes(bytes: Uint8Array): DecodeResult {
  if (SIGNATURES.some((sig) => sig.every((b, i) => bytes[i] === b))) return { ok: false, code: 'not_text' };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { ok: false, code: 'not_text' };
  try {
    // `fatal` refuses invalid UTF-8 instead of replacing it; a UTF-8 byte-order mark is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, code: 'not_utf8' };
  }
}
