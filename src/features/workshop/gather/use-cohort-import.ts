import { useCallback, useState } from 'react';
import { instrument } from '@/content/instrument';
import type { Assessment } from '@/domain/assessment/assessment';
import { copyAssessment } from '@/domain/exchange/build-exchange-file';
import { mergeIntoCohort } from '@/domain/cohort/cohort-members';
import { cohortStore } from '../cohort-store';
import { readCohortFiles, type FileOutcome } from '../read-cohort-files';

/** What an import did: per file, and how the firms joined the cohort. */
export interface ImportSummary {
  source: 'files' | 'device';
  outcomes: FileOutcome[];
  added: number;
  updated: number;
  unchanged: number;
}

/** Adds assessments to a cohort in one write (newest copy of each firm wins). */
export function addToCohort(cohortId: string, assessments: readonly Assessment[]): Omit<ImportSummary, 'source' | 'outcomes'> {
  const counts = { added: 0, updated: 0, unchanged: 0 };
  cohortStore()
    .getState()
    .update(
      cohortId,
      (c) => {
        const r = mergeIntoCohort(c.members, c.nextSeq, assessments);
        Object.assign(counts, { added: r.added, updated: r.updated, unchanged: r.unchanged });
        return { ...c, members: r.members, nextSeq: r.nextSeq };
      },
      Date.now(),
    );
  return counts;
}

/**
 * Imports chosen or dropped files into a cohort: read and checked in slices (progress shown), then
 * merged in one write. Bad files are reported one by one and do not stop the good ones.
 */
export function useCohortImport(cohortId: string) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      setSummary(null);
      setProgress({ done: 0, total: files.length });
      const outcomes = await readCohortFiles(files, instrument, (done, total) => setProgress({ done, total }));
      const good = outcomes.flatMap((o) => (o.ok ? o.assessments : []));
      const counts = addToCohort(cohortId, good);
      setProgress(null);
      setSummary({ source: 'files', outcomes, ...counts });
    },
    [cohortId],
  );

  const addFromDevice = useCallback(
    (assessments: readonly Assessment[]) => {
      const counts = addToCohort(cohortId, assessments.map(copyAssessment));
      setSummary({ source: 'device', outcomes: [], ...counts });
    },
    [cohortId],
  );

  return { progress, summary, importFiles, addFromDevice };
}
