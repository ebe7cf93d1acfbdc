import { useTranslation } from 'react-i18next';
import { refusalMessage } from './scan-messages';
import type { ScanStatus } from './use-scan-session';

/**
 * What the scan has done so far: the hand-in being received (codes in, of how many), each firm as it
 * arrives with its letter and a tick, newest first, and each refused code with its reason.
 */
export function ScanLog({ status }: { status: ScanStatus }) {
  const { t, i18n } = useTranslation('workshop');
  const received = new Set(status.arrivals.map((a) => a.assessmentId)).size;
  return (
    <>
      <div className="scan-progress" aria-live="polite">
        {status.receiving && (
          <p>
            <progress max={status.receiving.count} value={status.receiving.received} aria-hidden="true" />{' '}
            {t('scan.receiving', { received: status.receiving.received, count: status.receiving.count })}
          </p>
        )}
      </div>
      <div aria-live="polite" className="scan-arrivals">
        {received > 0 && (
          <p className="scan-count" data-testid="scan-count">
            {t('scan.received', { count: received })}
          </p>
        )}
        {status.arrivals.length > 0 && (
          <ul aria-label={t('scan.arrivalsLabel')}>
            {status.arrivals.map((a) => (
              <li key={a.key} data-outcome={a.outcome}>
                <span className="tick" aria-hidden="true">
                  ✓
                </span>{' '}
                <span dir="auto">{t(`scan.arrival.${a.outcome}`, { label: a.label })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {status.refusals.length > 0 && (
        <div role="alert" className="notice warning scan-refusals">
          <p>{t('scan.refusedTitle')}</p>
          <ul>
            {status.refusals.map((r) => (
              <li key={r.key} className="user-text">
                {refusalMessage(t, i18n.language, r)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
