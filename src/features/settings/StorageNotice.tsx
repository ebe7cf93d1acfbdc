import { useTranslation } from 'react-i18next';
import { downloadText } from '@/lib/download';
import { href } from '@/lib/router/hash-route';
import type { StorageProblem } from '@/lib/store/safe-storage';
import { useAppStore } from '@/lib/store/use-app-store';

/** The file format is fetched on demand (once the app is cached, also offline). */
const downloadUnsavedWork = () => void import('./unsaved-work').then((m) => m.downloadUnsavedWork());

const messageKey = {
  unavailable: 'storage.unavailable',
  corrupt: 'storage.corrupt',
  'future-version': 'storage.futureVersion',
  quota: 'storage.quota',
  'set-aside': 'storage.setAside',
} as const;

/** Tells the user, in their language, about any problem with saved data; never hides it silently. */
export function StorageNotice() {
  const { t } = useTranslation();
  const problems = useAppStore((s) => s.storageProblems);
  const dismiss = useAppStore((s) => s.dismissStorageProblem);
  if (problems.length === 0) return null;
  return (
    <div className="notices" role="alert">
      {problems.map((p: StorageProblem, i) => (
        <div key={p.kind} className="notice warning">
          <p>
            {t(messageKey[p.kind], p.kind === 'set-aside' ? { count: p.count } : {})}
            {('raw' in p && p.quarantineKey === null) || (p.kind === 'set-aside' && !p.kept) ? ` ${t('storage.notKept')}` : ''}
          </p>
          <div className="actions">
            {p.kind === 'set-aside' && p.kept && (
              <a className="button" href={href(['assessments'])}>
                {t('storage.openLibrary')}
              </a>
            )}
            {p.kind === 'quota' && (
              <button type="button" className="button" onClick={() => downloadUnsavedWork()}>
                {t('storage.downloadUnsaved')}
              </button>
            )}
            {'raw' in p && (
              <button
                type="button"
                className="button"
                onClick={() => downloadText(`chuhai-saved-data-${Date.now()}.json`, p.raw)}
              >
                {t('storage.download')}
              </button>
            )}
            <button type="button" className="button quiet" onClick={() => dismiss(i)}>
              {t('storage.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
