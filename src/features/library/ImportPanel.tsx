import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import { ImportReport } from './ImportReport';
import type { FileReport } from './use-file-import';
import { formatMegabytes } from './user-text';

interface Props {
  busy: boolean;
  reports: FileReport[] | null;
  onFiles: (files: File[]) => void;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Import by file picker (keyboard and touch) or by dropping files on the zone (mouse). Both end in
 * the same checks; the report below says, per file, what was imported or exactly why not.
 */
export function ImportPanel({ busy, reports, onFiles }: Props) {
  const { t, i18n } = useTranslation('library');
  const [dragging, setDragging] = useState(false);
  const id = useId();

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = Array.from(e.dataTransfer?.files ?? []);
    if (files.length) onFiles(files);
  };

  return (
    <section className="import-panel stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('import.title')}</h2>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragEnter={(e) => {
          if (hasFiles(e)) setDragging(true);
        }}
        onDragOver={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <p id={`${id}-hint`}>{dragging ? t('import.dropHere') : t('import.hint', { limit: formatMegabytes(i18n.language, IMPORT_LIMITS.maxBytes) })}</p>
        <input
          id={`${id}-input`}
          className="file-input"
          type="file"
          accept=".json,application/json"
          multiple
          aria-describedby={`${id}-hint`}
          disabled={busy}
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            // Cleared so that choosing the same file again (after fixing it) fires a change.
            e.currentTarget.value = '';
            onFiles(files);
          }}
        />
        <label htmlFor={`${id}-input`} className="button">
          {t('import.choose')}
        </label>
      </div>
      <p aria-live="polite" className="import-busy">
        {busy ? t('import.reading') : ''}
      </p>
      <ImportReport reports={reports} />
    </section>
  );
}
