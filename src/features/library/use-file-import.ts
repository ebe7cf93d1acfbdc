import { useCallback, useState } from 'react';
import { instrument } from '@/content/instrument';
import { randomId } from '@/domain/assessment/new-assessment';
import type { AppStore } from '@/lib/store/app-store';
import { applyImportPlan, planImport, type ImportPlan } from './apply-import';
import { readImportFile, type FileReadResult } from './read-import-file';

/** What happened to one file: refused with a reason, or imported according to a plan. */
export type FileReport =
  | { file: string; result: Extract<FileReadResult, { ok: false }> }
  /** `saved` is false when storage refused the write (full): the assessments are in this window only. */
  | { file: string; result: Extract<FileReadResult, { ok: true }>; plan: ImportPlan; saved: boolean };

/**
 * Imports chosen or dropped files one after another. Each file is all or nothing: it is fully
 * checked before the store is touched, then written in one update. A bad file leaves the store
 * exactly as it was and does not stop the good files beside it.
 */
export function useFileImport(store: AppStore) {
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<FileReport[] | null>(null);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setBusy(true);
      setReports(null);
      const out: FileReport[] = [];
      for (const file of files) {
        const result = await readImportFile(file, instrument);
        if (!result.ok) {
          out.push({ file: file.name, result });
          continue;
        }
        const plan = planImport(store.getState().assessments, result.assessments, Date.now(), randomId);
        applyImportPlan(store, plan);
        // The write is synchronous: a refusal (storage full) has been reported by now.
        const saved = plan.toPut.length === 0 || !store.getState().unsavedChanges;
        out.push({ file: file.name, result, plan, saved });
      }
      setReports(out);
      setBusy(false);
    },
    [store],
  );

  const clear = useCallback(() => setReports(null), []);
  return { busy, reports, importFiles, clear };
}
