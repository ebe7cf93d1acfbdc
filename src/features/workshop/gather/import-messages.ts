import type { TFunction } from 'i18next';
import type { ImportWarning } from '@/domain/exchange/import-errors';
import type { FileImportError } from '../read-cohort-files';
import { clipLabel, formatMegabytes, isolate } from '@/lib/user-text';

type T = TFunction<['workshop', 'common']>;

/** Everything taken from the file (its name, keys, ids) is shortened and isolated before it enters a sentence. */
const fromFile = (text: string, max = 60) => isolate(clipLabel(text, max));

/** The specific, localized sentence for why `file` was refused, by the codes of `parseImportFile`. */
export function importErrorMessage(t: T, lng: string, file: string, error: FileImportError): string {
  const name = fromFile(file, 100);
  const at = (path: string) => (path ? fromFile(path, 120) : t('workshop:gather.topLevel'));
  switch (error.code) {
    case 'too_large':
      return t('workshop:gather.errors.too_large', { file: name, size: formatMegabytes(lng, error.details.size), limit: formatMegabytes(lng, error.details.limit) });
    case 'empty':
      return t('workshop:gather.errors.empty', { file: name });
    case 'not_json':
      return t('workshop:gather.errors.not_json', { file: name });
    case 'not_chuhai':
      return t('workshop:gather.errors.not_chuhai', { file: name });
    case 'future_version':
      return t('workshop:gather.errors.future_version', { file: name, version: error.details.version, supported: error.details.supported });
    case 'bad_structure':
      return t('workshop:gather.errors.bad_structure', { file: name, path: at(error.details.path) });
    case 'forbidden_key':
      return t('workshop:gather.errors.forbidden_key', { file: name, key: fromFile(error.details.key, 40), path: at(error.details.path) });
    case 'too_many':
      return t('workshop:gather.errors.too_many', { file: name, found: error.details.count, limit: error.details.limit });
    case 'duplicate_id':
      return t('workshop:gather.errors.duplicate_id', { file: name, path: at(error.details.path) });
    case 'unknown_question': {
      const ids = new Intl.ListFormat(lng, { type: 'conjunction' }).format(error.details.questionIds.map((id) => fromFile(id, 40)));
      return t('workshop:gather.errors.unknown_question', { file: name, ids });
    }
    case 'out_of_range':
      return t('workshop:gather.errors.out_of_range', { file: name, question: fromFile(error.details.questionId, 40), path: at(error.details.path) });
    case 'read_failed':
      return t('workshop:gather.errors.read_failed', { file: name });
    case 'not_text':
      return t('workshop:gather.errors.not_text', { file: name });
    case 'not_utf8':
      return t('workshop:gather.errors.not_utf8', { file: name });
  }
}

/** The sentence saying what was shortened on the way in. */
export function importWarningMessage(t: T, file: string, warning: ImportWarning): string {
  const values = { file: fromFile(file, 100), limit: warning.details.limit };
  return warning.details.field === 'name' ? t('workshop:gather.truncatedName', values) : t('workshop:gather.truncatedNote', values);
}
