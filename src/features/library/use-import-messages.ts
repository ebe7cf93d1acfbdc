import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '@/domain/exchange/import-errors';
import type { FileImportError } from './read-import-file';
import { clipLabel, formatMegabytes, isolate } from '@/lib/user-text';

type T = TFunction<'library'>;

/** Everything taken from the file (its name, keys, ids) is shortened and isolated before it enters a sentence. */
const fromFile = (text: string, max = 60) => isolate(clipLabel(text, max));

/** The sentences of the import report, in the current language. */
export function useImportMessages() {
  const { t, i18n } = useTranslation('library');
  return {
    errorMessage: (file: string, error: FileImportError) => importErrorMessage(t, i18n.language, file, error),
    warningMessage: (file: string, warning: ImportWarning) => importWarningMessage(t, file, warning),
  };
}

/** The specific, localized sentence for why `file` was refused. */
function importErrorMessage(t: T, lng: string, file: string, error: FileImportError): string {
  const name = fromFile(file, 100);
  const at = (path: string) => (path ? fromFile(path, 120) : t('import.topLevel'));
  switch (error.code) {
    case 'too_large':
      return t('import.errors.too_large', { file: name, size: formatMegabytes(lng, error.details.size), limit: formatMegabytes(lng, error.details.limit) });
    case 'empty':
      return t('import.errors.empty', { file: name });
    case 'not_json':
      return t('import.errors.not_json', { file: name });
    case 'not_chuhai':
      return t('import.errors.not_chuhai', { file: name });
    case 'future_version':
      return t('import.errors.future_version', { file: name, version: error.details.version, supported: error.details.supported });
    case 'bad_structure':
      return t('import.errors.bad_structure', { file: name, path: at(error.details.path) });
    case 'forbidden_key':
      return t('import.errors.forbidden_key', { file: name, key: error.details.key, path: at(error.details.path) });
    case 'too_many':
      return t('import.errors.too_many', { file: name, found: error.details.count, limit: error.details.limit });
    case 'duplicate_id':
      return t('import.errors.duplicate_id', { file: name, path: at(error.details.path) });
    case 'unknown_question': {
      const ids = new Intl.ListFormat(lng, { type: 'conjunction' }).format(error.details.questionIds.map((id) => fromFile(id, 40)));
      return t('import.errors.unknown_question', { file: name, ids });
    }
    case 'out_of_range':
      return t('import.errors.out_of_range', { file: name, question: fromFile(error.details.questionId, 40), path: at(error.details.path) });
    case 'read_failed':
      return t('import.errors.read_failed', { file: name });
    case 'not_text':
      return t('import.errors.not_text', { file: name });
    case 'not_utf8':
      return t('import.errors.not_utf8', { file: name });
    case 'set_aside_unreadable':
      return t('import.errors.set_aside_unreadable', { file: name });
  }
}

/** The sentence telling the user what was shortened on the way in. */
function importWarningMessage(t: T, file: string, warning: ImportWarning): string {
  const { field, limit, path } = warning.details;
  const values = { file: fromFile(file, 100), limit, path: fromFile(path, 120) };
  return field === 'name' ? t('import.truncatedName', values) : t('import.truncatedNote', values);
}
