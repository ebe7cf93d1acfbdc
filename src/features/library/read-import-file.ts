import type { Instrument } from '@/domain/instrument/instrument-schema';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import type { ImportError } from '@/domain/exchange/import-errors';
import { parseImportFile, type ImportResult } from '@/domain/exchange/parse-import-file';
import { bundleFromSetAsideFile } from '@/lib/store/set-aside';

/**
 * Errors of the file itself, plus the one the browser can add: the file could not be read at all,
 * and a file of data Chuhai set aside (downloaded from "My assessments") that still does not read.
 */
export type FileImportError =
  | ImportError
  | { code: 'read_failed'; details: Record<string, never> }
  | { code: 'set_aside_unreadable'; details: Record<string, never> };

export type FileReadResult = Extract<ImportResult, { ok: true }> | { ok: false; error: FileImportError };

/**
 * Reads one chosen or dropped file and checks it. The size is checked before the file is read,
 * so a huge file is refused without loading it into memory. Never rejects.
 */
export async function readImportFile(file: Pick<File, 'size' | 'text'>, instrument: Instrument): Promise<FileReadResult> {
  if (file.size > IMPORT_LIMITS.maxBytes) return parseImportFile('', file.size, instrument);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: { code: 'read_failed', details: {} } };
  }
  // Data this app set aside: imported as the assessments it holds, if they now read as such.
  const setAside = bundleFromSetAsideFile(text);
  if (setAside === undefined) return parseImportFile(text, file.size, instrument);
  const result = setAside === null ? null : parseImportFile(setAside, 0, instrument);
  return result?.ok ? result : { ok: false, error: { code: 'set_aside_unreadable', details: {} } };
}
