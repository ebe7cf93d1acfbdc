import type { Instrument } from '@/domain/instrument/instrument-schema';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import type { ImportError } from '@/domain/exchange/import-errors';
import { decodeImportBytes } from '@/domain/exchange/decode-import-bytes';
import { parseImportFile, type ImportResult } from '@/domain/exchange/parse-import-file';

/**
 * Errors of the file itself, plus those of reading it: it could not be read at all, it is not text (a
 * picture, a PDF…), or its text is not UTF-8 (a file re-saved as GBK).
 */
export type FileImportError = ImportError | { code: 'read_failed' | 'not_text' | 'not_utf8'; details: Record<string, never> };

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
  return parseImportFile(decoded.text, file.size, instrument);
}
