import type { Assessment } from '@/domain/assessment/assessment';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import type { ImportError, ImportWarning } from '@/domain/exchange/import-errors';
import type { Instrument } from '@/domain/instrument/instrument-schema';
import { decodeImportBytes, type DecodeResult } from '@/domain/exchange/decode-import-bytes';
import { parseImportFile } from '@/domain/exchange/parse-import-file';
import { yieldToBrowser } from './yield-to-browser';

/** Errors of the file itself, plus those of reading it: unreadable, not text, or text not in UTF-8. */
export type FileImportError = ImportError | { code: 'read_failed' | 'not_text' | 'not_utf8'; details: Record<string, never> };

/** What one chosen or dropped file gave: assessments (one, or a bundle's), or the reason it was refused. */
export type FileOutcome =
  | { file: string; ok: true; kind: 'assessment' | 'bundle'; assessments: Assessment[]; warnings: ImportWarning[] }
  | { file: string; ok: false; error: FileImportError };

/** Files read at once: enough to overlap disk reads, few enough that 5 MB files cannot pile up in memory. */
const READ_BATCH = 50;

async function textOf(file: File): Promise<DecodeResult | null> {
  try {
    return decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return null;
  }
}

/**
 * Reads and checks many files (result files and cohort bundles) with the same checks as any import,
 * yielding to the browser between slices of work so the page stays responsive and `onProgress` can be
 * drawn. Each file stands alone: a bad one gets its reason, the good ones still load. Never rejects.
 */
export async function readCohortFiles(
  files: readonly File[],
  instrument: Instrument,
  onProgress: (done: number, total: number) => void,
): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (let start = 0; start < files.length; start += READ_BATCH) {
    const batch = files.slice(start, start + READ_BATCH);
    // A file over the limit is refused before it is read into memory.
    const texts = await Promise.all(batch.map((f) => (f.size > IMPORT_LIMITS.maxBytes ? Promise.resolve({ ok: true as const, text: '' }) : textOf(f))));
    for (const [i, file] of batch.entries()) {
      const text = texts[i];
      if (text === null || text === undefined) out.push({ file: file.name, ok: false, error: { code: 'read_failed', details: {} } });
      else if (!text.ok) out.push({ file: file.name, ok: false, error: { code: text.code, details: {} } });
      else {
        const r = parseImportFile(text.text, file.size, instrument);
        out.push(r.ok ? { file: file.name, ok: true, kind: r.kind, assessments: r.assessments, warnings: r.warnings } : { file: file.name, ok: false, error: r.error });
      }
      if (await yieldToBrowser.ifDue()) onProgress(out.length, files.length);
    }
  }
  onProgress(out.length, files.length);
  return out;
}
