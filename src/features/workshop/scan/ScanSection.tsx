import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PictureInput } from './PictureInput';
import { ScanLog } from './ScanLog';
import { loadDecoder, readQr, scratchCanvas } from './read-qr';
import { useCamera } from './use-camera';
import { useFrameLoop } from './use-frame-loop';
import { useScanSession } from './use-scan-session';
import './scan.css';

type Decode = Awaited<ReturnType<typeof loadDecoder>>;

/**
 * "Scan" on the cohort's gather page: the laptop camera reads participants' hand-in codes
 * continuously, and pictures of codes are the fallback when there is no camera or it may not be
 * used. The QR decoder is fetched on the first press, never with the page.
 */
export function ScanSection({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation('workshop');
  const { video, state, devices, start: startCamera, stop } = useCamera();
  const session = useScanSession(cohortId);
  const [decode, setDecode] = useState<Decode | null>(null);
  const [pictures, setPictures] = useState(false);
  const live = state.status === 'live';

  useFrameLoop(video, live && decode !== null, (v) => {
    const text = readQr(decode!, scratchCanvas(), v, v.videoWidth, v.videoHeight);
    if (text !== null) session.read(text);
  });

  const start = (deviceId?: string) => {
    setPictures(true);
    void loadDecoder().then((d) => setDecode(() => d));
    void startCamera(deviceId);
  };

  return (
    <section className="card stack scan" aria-labelledby="scan-title">
      <h2 id="scan-title">{t('scan.title')}</h2>
      <p>{t('scan.intro')}</p>
      <p className="hint">{t('scan.permission')}</p>
      {window.location.protocol === 'file:' && <p className="hint">{t('scan.filePage')}</p>}
      <div className="actions">
        {live || state.status === 'starting' ? (
          <button type="button" className="button" onClick={stop}>
            {t('scan.stop')}
          </button>
        ) : (
          <button type="button" className="button primary" onClick={() => start()}>
            {t('scan.start')}
          </button>
        )}
        {!pictures && (
          <button type="button" className="button quiet" onClick={() => setPictures(true)}>
            {t('scan.picturesTitle')}
          </button>
        )}
        {live && devices.length > 1 && (
          <label className="scan-device">
            <span>{t('scan.cameraLabel')}</span>
            <select onChange={(e) => start(e.currentTarget.value)} defaultValue="">
              <option value="" disabled>
                …
              </option>
              {devices.map((d, i) => (
                <option key={d.deviceId || i} value={d.deviceId}>
                  {d.label || `${t('scan.cameraLabel')} ${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div aria-live="polite" className="scan-camera-status">
        {state.status === 'starting' && <p>{t('scan.starting')}</p>}
        {live && <p>{t('scan.live')}</p>}
      </div>
      {state.status === 'failed' && (
        <p role="alert" className="notice warning" data-problem={state.problem}>
          {t(`scan.problems.${state.problem}`)}
        </p>
      )}
      {/* Mirrored, as a selfie view: the participant sees where to hold the phone. The reader gets the unmirrored frame. */}
      <video ref={video} className="scan-video" hidden={!live} muted playsInline aria-hidden="true" />
      <ScanLog status={session.status} />
      {pictures && <PictureInput onText={session.read} />}
    </section>
  );
}
