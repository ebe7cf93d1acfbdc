import { useTranslation } from 'react-i18next';
import { useCohorts } from './cohort-store';

/** Says, once, when cohorts cannot be kept in this browser (private mode, full disk) or some could not be read. */
export function CohortStorageNotice() {
  const { t } = useTranslation('workshop');
  const notice = useCohorts((s) => s.notice);
  const dismiss = useCohorts((s) => s.dismissNotice);
  if (!notice) return null;
  const text = notice.kind === 'unreadable' ? t('storage.unreadable', { count: notice.count }) : t(`storage.${notice.kind}`);
  return (
    <div className="notice warning workshop-notice" role="alert">
      <p>{text}</p>
      <button type="button" className="button quiet" onClick={dismiss}>
        {t('storage.dismiss')}
      </button>
    </div>
  );
}
