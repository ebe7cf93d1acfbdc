import { buildBundleFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { localDate } from '@/domain/exchange/exchange-file-name';
import { downloadText } from '@/lib/download';
import { appStore } from '@/lib/store/use-app-store';

/**
 * Everything this window holds, as an ordinary export file ("My assessments" imports it back):
 * what could not be saved is in it, and re-importing what was saved skips it as unchanged.
 * Fetched only when asked for, so the first screen does not carry the file format.
 */
export function downloadUnsavedWork(now = Date.now()): void {
  const list = Object.values(appStore.getState().assessments);
  downloadText(`chuhai-unsaved-${list.length}-${localDate(now)}.json`, serializeExchangeFile(buildBundleFile(list, now)));
}
