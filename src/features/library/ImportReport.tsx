import { useTranslation } from 'react-i18next';
import { useImportMessages } from './use-import-messages';
import type { FileReport } from './use-file-import';
import { clipLabel, isolate } from '@/lib/user-text';

const MAX_WARNINGS_SHOWN = 5;

/** Per file: what was imported (with copies, skips and shortened texts), or the specific reason it was refused. */
export function ImportReport({ reports }: { reports: FileReport[] | null }) {
  const { t } = useTranslation('library');
  const { errorMessage, warningMessage } = useImportMessages();
  const read = (reports ?? []).flatMap((r) => ('plan' in r ? [r] : []));
  const done = read.filter((r) => r.saved);
  // Read and checked, but storage refused to keep them: never counted as imported.
  const notSaved = read.filter((r) => !r.saved);
  const failed = (reports ?? []).flatMap((r) => (r.result.ok ? [] : [r as Extract<FileReport, { result: { ok: false } }>]));
  const imported = done.reduce((n, r) => n + r.plan.added + r.plan.copies, 0);
  const warnings = done.flatMap((r) => r.result.warnings.map((w) => warningMessage(r.file, w)));

  return (
    <>
      <div aria-live="polite" className="import-report">
        {notSaved.length > 0 && (
          <div className="notice warning import-not-saved">
            <ul>
              {notSaved.map((r, i) => (
                <li key={i}>{t('import.notSaved', { file: isolate(clipLabel(r.file, 100)), count: r.plan.added + r.plan.copies })}</li>
              ))}
            </ul>
          </div>
        )}
        {done.length > 0 && (
          <>
            <p className="import-summary">{t('import.summary', { count: imported })}</p>
            <ul>
              {done.map((r, i) => (
                <li key={i}>
                  {t('import.fileResult', { file: isolate(clipLabel(r.file, 100)), count: r.plan.added + r.plan.copies })}
                  {r.plan.copies > 0 && ` ${t('import.fileCopies', { count: r.plan.copies })}`}
                  {r.plan.unchanged > 0 && ` ${t('import.fileUnchanged', { count: r.plan.unchanged })}`}
                </li>
              ))}
              {warnings.slice(0, MAX_WARNINGS_SHOWN).map((w, i) => (
                <li key={`w${i}`}>{w}</li>
              ))}
              {warnings.length > MAX_WARNINGS_SHOWN && <li>{t('import.moreWarnings', { count: warnings.length - MAX_WARNINGS_SHOWN })}</li>}
            </ul>
          </>
        )}
      </div>
      {failed.length > 0 && (
        <div role="alert" className="notice warning import-errors">
          <p>{t('import.failedFiles', { count: failed.length })}</p>
          <ul>
            {failed.map((r, i) => (
              <li key={i} className="user-text">
                {errorMessage(r.file, r.result.error)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
