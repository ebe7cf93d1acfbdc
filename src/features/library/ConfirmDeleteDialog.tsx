import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Label of the assessment to delete; the dialog is open while this is set. */
  label: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before deleting, in a native modal <dialog>: the page behind is inert, focus starts on
 * Cancel (the safe choice), Escape cancels, and the caller returns focus where it belongs.
 */
export function ConfirmDeleteDialog({ label, onConfirm, onCancel }: Props) {
  const { t } = useTranslation('library');
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const open = label !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      // Escape: the browser fires `cancel`; we close through state so React stays the source of truth.
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      {open && (
        <>
          <h2 id={`${id}-title`}>{t('delete.title')}</h2>
          <p className="user-text dialog-name" dir="auto">
            {label}
          </p>
          <p id={`${id}-body`}>{t('delete.body')}</p>
          <div className="actions">
            <button ref={cancelRef} type="button" className="button" onClick={onCancel}>
              {t('delete.cancel')}
            </button>
            <button type="button" className="button primary" onClick={onConfirm}>
              {t('delete.confirm')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
