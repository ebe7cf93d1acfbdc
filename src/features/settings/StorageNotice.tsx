import { useTranslation } from 'react-i18next';
import { buildBundleFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { localDate } from '@/domain/exchange/exchange-file-name';
import { downloadText } from '@/lib/download';
import { href } from '@/lib/router/hash-route';
import type { StorageProblem } from '@/lib/store/safe-storage';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

/**
 * Everything this window holds, as an ordinary export file ("My assessments" imports it back):
 * what could not be saved is in it, and re-importing what was saved skips it as unchanged.
 */
function downloadUnsavedWork(now = Date.now()) {
  const list = Object.values(appStore.getState().assessments);
  downloadText(`chuhai-unsaved-${list.length}-${localDate(now)}.json`, serializeExchangeFile(buildBundleFile(list, now)));
}

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
