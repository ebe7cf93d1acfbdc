import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import { formatMegabytes } from '../user-text';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Many files at once, by the file picker (keyboard, touch) or by dropping them on the zone (mouse). */
export function ImportZone({ busy, onFiles }: { busy: boolean; onFiles: (files: File[]) => void }) {
  const { t, i18n } = useTranslation('workshop');
  const [dragging, setDragging] = useState(false);
  const id = useId();
  return (
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
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const files = Array.from(e.dataTransfer?.files ?? []);
        if (files.length && !busy) onFiles(files);
      }}
    >
      <p id={`${id}-hint`}>{dragging ? t('gather.dropHere') : t('gather.hint', { limit: formatMegabytes(i18n.language, IMPORT_LIMITS.maxBytes) })}</p>
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
          // Cleared so that choosing the same files again (after fixing one) fires a change.
          e.currentTarget.value = '';
          onFiles(files);
        }}
      />
      <label htmlFor={`${id}-input`} className="button">
        {t('gather.choose')}
      </label>
    </div>
  );
}
