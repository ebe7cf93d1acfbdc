import type { TFunction } from 'i18next';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import type { ImportError } from '@/domain/exchange/import-errors';
import { clipLabel, formatMegabytes, isolate } from '@/lib/user-text';
import type { Refusal } from './use-scan-session';

type T = TFunction<['workshop', 'common']>;

/** Anything taken from a scanned code (keys, ids, paths) is shortened and isolated before it enters a sentence. */
const fromCode = (text: string, max = 40) => isolate(clipLabel(text, max));

function fileErrorMessage(t: T, lng: string, error: ImportError): string {
  switch (error.code) {
    case 'too_large':
      return t('workshop:scan.fileErrors.too_large', { limit: formatMegabytes(lng, error.details.limit) });
    case 'empty':
    case 'not_json':
    case 'not_chuhai':
    case 'duplicate_id':
      return t(`workshop:scan.fileErrors.${error.code}`);
    case 'future_version':
      return t('workshop:scan.fileErrors.future_version', { version: error.details.version, supported: error.details.supported });
    case 'bad_structure':
      return t('workshop:scan.fileErrors.bad_structure', { path: fromCode(error.details.path || '/', 120) });
    case 'forbidden_key':
      return t('workshop:scan.fileErrors.forbidden_key', { key: fromCode(error.details.key) });
    case 'too_many':
      return t('workshop:scan.fileErrors.too_many', { found: error.details.count, limit: error.details.limit });
    case 'unknown_question': {
      const ids = new Intl.ListFormat(lng, { type: 'conjunction' }).format(error.details.questionIds.map((id) => fromCode(id)));
      return t('workshop:scan.fileErrors.unknown_question', { ids });
    }
    case 'out_of_range':
      return t('workshop:scan.fileErrors.out_of_range', { question: fromCode(error.details.questionId) });
  }
}

/** The sentence saying why a scanned code or hand-in was refused, by the codes of `parseFrame`, `decodeHandIn` and `parseImportFile`. */
export function refusalMessage(t: T, lng: string, refusal: Refusal): string {
  switch (refusal.reason) {
    case 'file':
      return fileErrorMessage(t, lng, refusal.error);
    case 'too_large':
      return t('workshop:scan.refused.too_large', { limit: formatMegabytes(lng, IMPORT_LIMITS.maxBytes) });
    default:
      return t(`workshop:scan.refused.${refusal.reason}`);
  }
}
