import { useTranslation } from 'react-i18next';
import type { ImportSummary } from './use-cohort-import';
import { importErrorMessage, importWarningMessage } from './import-messages';

const MAX_WARNINGS_SHOWN = 5;

/** How the last import went: files read, firms added or replaced by a newer copy, and each refused file with its reason. */
export function ImportReport({ summary }: { summary: ImportSummary | null }) {
  const { t, i18n } = useTranslation('workshop');
  const failed = (summary?.outcomes ?? []).flatMap((o) => (o.ok ? [] : [o]));
  const read = (summary?.outcomes ?? []).filter((o) => o.ok).length;
  const warnings = (summary?.outcomes ?? []).flatMap((o) => (o.ok ? o.warnings.map((w) => importWarningMessage(t, o.file, w)) : []));
  return (
    <>
      <div aria-live="polite" className="import-report">
        {summary && (
          <p data-testid="import-summary">
            {summary.source === 'files' && `${t('gather.filesRead', { count: read })} `}
            {summary.source === 'device' ? t('gather.addedFromDevice', { count: summary.added }) : t('gather.added', { count: summary.added })}
            {summary.updated > 0 && ` ${t('gather.updated', { count: summary.updated })}`}
            {summary.unchanged > 0 && ` ${t('gather.unchanged', { count: summary.unchanged })}`}
          </p>
        )}
        {warnings.length > 0 && (
          <ul>
            {warnings.slice(0, MAX_WARNINGS_SHOWN).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        )}
      </div>
      {failed.length > 0 && (
        <div role="alert" className="notice warning import-errors">
          <p>{t('gather.failed', { count: failed.length })}</p>
          <ul>
            {failed.map((o, i) => (
              <li key={i} className="user-text">
                {importErrorMessage(t, i18n.language, o.file, o.error)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
