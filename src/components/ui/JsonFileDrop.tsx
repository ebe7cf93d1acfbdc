import { useId, useState, type DragEvent } from 'react';

interface Props {
  busy: boolean;
  onFiles: (files: File[]) => void;
  /** The hint under the zone, and the one shown while files are dragged over it. */
  hint: string;
  dropHint: string;
  chooseLabel: string;
}

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Choose JSON files with the file picker (keyboard, touch) or drop them on the zone (mouse);
 * both hand the same list of File objects to `onFiles`. Nothing is read here.
 */
export function JsonFileDrop({ busy, onFiles, hint, dropHint, chooseLabel }: Props) {
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
        // Like the picker, which is disabled meanwhile: one batch at a time.
        if (files.length && !busy) onFiles(files);
      }}
    >
      <p id={`${id}-hint`}>{dragging ? dropHint : hint}</p>
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
        {chooseLabel}
      </label>
    </div>
  );
}
