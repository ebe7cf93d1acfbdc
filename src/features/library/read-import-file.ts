import type { Instrument } from '@/domain/instrument/instrument-schema';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import type { ImportError } from '@/domain/exchange/import-errors';
import { decodeImportBytes } from '@/domain/exchange/decode-import-bytes';
import { parseImportFile, type ImportResult } from '@/domain/exchange/parse-import-file';
import { bundleFromSetAsideFile } from '@/lib/store/set-aside';

/**
 * Errors of the file itself, plus those of reading it: it could not be read at all, it is not text (a
 * picture, a PDF…), its text is not UTF-8 (a file re-saved as GBK), or it is a file of data Chuhai set
 * aside (downloaded from "My assessments") that still does not read.
 */
export type FileImportError =
  | ImportError
  | { code: 'read_failed' | 'not_text' | 'not_utf8'; details: Record<string, never> }
  | { code: 'set_aside_unreadable'; details: Record<string, never> };

export type FileReadResult = Extract<ImportResult, { ok: true }> | { ok: false; error: FileImportError };

/**
 * Reads one chosen or dropped file and checks it. The size is checked before the file is read,
 * so a huge file is refused without loading it into memory. Never rejects.
 */
export async function readImportFile(file: Pick<File, 'size' | 'arrayBuffer'>, instrument: Instrument): Promise<FileReadResult> {
  if (file.size > IMPORT_LIMITS.maxBytes) return parseImportFile('', file.size, instrument);
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return { ok: false, error: { code: 'read_failed', details: {} } };
  }
  const decoded = decodeImportBytes(new Uint8Array(bytes));
  if (!decoded.ok) return { ok: false, error: { code: decoded.code, details: {} } };
  const text = decoded.text;
  // Data this app set aside: imported as the assessments it holds, if they now read as such.
  const setAside = bundleFromSetAsideFile(text);
  if (setAside === undefined) return parseImportFile(text, file.size, instrument);
  const result = setAside === null ? null : parseImportFile(setAside, 0, instrument);
  return result?.ok ? result : { ok: false, error: { code: 'set_aside_unreadable', details: {} } };
}
