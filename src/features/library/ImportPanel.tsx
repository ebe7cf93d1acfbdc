import { useId } from 'react';
import { JsonFileDrop } from '@/components/ui/JsonFileDrop';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import { ImportReport } from './ImportReport';
import type { FileReport } from './use-file-import';
import { formatMegabytes } from '@/lib/user-text';

interface Props {
  busy: boolean;
  reports: FileReport[] | null;
  onFiles: (files: File[]) => void;
}

/**
 * Import by file picker (keyboard and touch) or by dropping files on the zone (mouse). Both end in
 * the same checks; the report below says, per file, what was imported or exactly why not.
 */
export function ImportPanel({ busy, reports, onFiles }: Props) {
  const { t, i18n } = useTranslation('library');
  const id = useId();

  return (
    <section className="import-panel stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.title')}</h2>
      <JsonFileDrop
        busy={busy}
        onFiles={onFiles}
        hint={t('import.hint', { limit: formatMegabytes(i18n.language, IMPORT_LIMITS.maxBytes) })}
        dropHint={t('import.dropHere')}
        chooseLabel={t('import.choose')}
      />
      <p aria-live="polite" className="import-busy">
        {busy ? t('import.reading') : ''}
      </p>
      <ImportReport reports={reports} />
    </section>
  );
}
