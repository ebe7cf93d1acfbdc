import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import type { Assessment } from '@/domain/assessment/assessment';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import { href, navigate } from '@/lib/router/hash-route';
import { appStore, useAppStore } from '@/lib/store/use-app-store';
import { AssessmentItem, type FocusRequest } from './AssessmentItem';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { exportAssessment, exportBundle } from './export-files';
import { ImportPanel } from './ImportPanel';
import { SetAsideNotice } from './SetAsideNotice';
import { useFileImport } from './use-file-import';
import { useUndoStatus } from './use-undo-status';
import { formatDateTime } from '@/lib/format';
import { clipLabel } from '@/lib/user-text';
import './library.css';

const STATUS_KEYS = {
  deleted: 'status.deleted',
  restored: 'status.restored',
  renamed: 'status.renamed',
  duplicated: 'status.duplicated',
  exported: 'status.exported',
} as const;

/** "My assessments": every assessment on this device, with continue, results, rename, duplicate, export, delete (undoable) and import. */
export default function LibraryPage() {
  const { t, i18n } = useTranslation('library');
  const lng = i18n.language;
  const assessments = useAppStore((s) => s.assessments);
  const { createAssessment, rename, duplicate, remove, putAssessment } = appStore.getState();
  // Newest first by creation, so renaming or answering never makes an item jump under the user's hands.
  const list = useMemo(
    () => Object.values(assessments).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1)),
    [assessments],
  );
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<Assessment | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const { status, setStatus, region } = useUndoStatus();
  const undoButton = useRef<HTMLButtonElement>(null);
  const fileImport = useFileImport(appStore);

  const labelOf = (a: Assessment) => (a.name ? clipLabel(a.name) : t('anonymousLabel', { date: formatDateTime(lng, a.createdAt) }));

  // Right after a deletion, focus goes to Undo: the item (and its Delete button) no longer exists.
  useEffect(() => {
    if (status?.undo) undoButton.current?.focus();
  }, [status]);

  const startNew = () => {
    setStatus(null);
    navigate(href(['assess', createAssessment()]));
  };

  const saveName = (a: Assessment, name: string) => {
    rename(a.id, name);
    setRenamingId(null);
    setStatus({ kind: 'renamed', label: labelOf({ ...a, name }) });
    setFocus({ id: a.id, target: 'rename' });
  };

  const copy = (a: Assessment) => {
    const name = a.name ? t('copyName', { name: a.name }).slice(0, IMPORT_LIMITS.maxNameLength) : '';
    const id = duplicate(a.id, name);
    if (!id) return;
    setStatus({ kind: 'duplicated', label: labelOf(appStore.getState().assessments[id] ?? a) });
    setFocus({ id, target: 'heading' });
  };

  const exportOne = (a: Assessment) => setStatus({ kind: 'exported', label: exportAssessment(a) });
  const exportAll = () => setStatus({ kind: 'exported', label: exportBundle(list) });

  const confirmDelete = () => {
    if (!pendingDelete) return;
    const removed = remove(pendingDelete.id);
    setPendingDelete(null);
    if (removed) setStatus({ kind: 'deleted', label: labelOf(removed), undo: removed });
  };

  const cancelDelete = () => {
    if (pendingDelete) setFocus({ id: pendingDelete.id, target: 'delete' });
    setPendingDelete(null);
  };

  const undo = () => {
    if (!status?.undo) return;
    putAssessment(status.undo);
    setStatus({ kind: 'restored', label: status.label });
    setFocus({ id: status.undo.id, target: 'heading' });
  };

  return (
    <div className="library stack">
      <PageTitle>{t('title')}</PageTitle>
      <p className="lead">{t('intro')}</p>
      <SetAsideNotice />
      <div className="actions">
        <button type="button" className="button primary" onClick={startNew}>
          {t('new')}
        </button>
        {list.length > 0 && (
          <button type="button" className="button" onClick={exportAll}>
            {t('exportAll')}
          </button>
        )}
      </div>

      <output ref={region} className={`library-status${status?.undo ? ' notice' : ''}`}>
        {status && (
          <>
            <span>{t(STATUS_KEYS[status.kind])}</span> <bdi className="user-text">{status.label}</bdi>
            {status.undo && (
              <button ref={undoButton} type="button" className="button" onClick={undo}>
                {t('status.undo')}
              </button>
            )}
          </>
        )}
      </output>

      <section aria-labelledby="library-list-title" className="stack">
        <h2 id="library-list-title">
          {t('listTitle')} <span className="library-count">({t('count', { count: list.length })})</span>
        </h2>
        {list.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ul className="library-list">
            {list.map((a) => (
              <AssessmentItem
                key={a.id}
                assessment={a}
                label={labelOf(a)}
                renaming={renamingId === a.id}
                focus={focus}
                onRenameStart={() => {
                  setStatus(null);
                  setRenamingId(a.id);
                }}
                onRenameSave={(name) => saveName(a, name)}
                onRenameCancel={() => {
                  setRenamingId(null);
                  setFocus({ id: a.id, target: 'rename' });
                }}
                onDuplicate={() => copy(a)}
                onExport={() => exportOne(a)}
                onDelete={() => setPendingDelete(a)}
              />
            ))}
          </ul>
        )}
      </section>

      <ImportPanel
        busy={fileImport.busy}
        reports={fileImport.reports}
        onFiles={(files) => {
          setStatus(null);
          void fileImport.importFiles(files);
        }}
      />

      <ConfirmDeleteDialog label={pendingDelete ? labelOf(pendingDelete) : null} onConfirm={confirmDelete} onCancel={cancelDelete} />
    </div>
  );
}
