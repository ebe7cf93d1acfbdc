import { useTranslation } from 'react-i18next';
import { downloadText } from '@/lib/download';
import type { StorageProblem } from '@/lib/store/safe-storage';
import { useAppStore } from '@/lib/store/use-app-store';

const messageKey = {
  unavailable: 'storage.unavailable',
  corrupt: 'storage.corrupt',
  'future-version': 'storage.futureVersion',
  quota: 'storage.quota',
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
            {t(messageKey[p.kind])}
            {'raw' in p && p.quarantineKey === null ? ` ${t('storage.notKept')}` : ''}
          </p>
          <div className="actions">
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
