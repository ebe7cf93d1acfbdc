import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import type { Assessment } from '@/domain/assessment/assessment';
import { href, useRoute } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { clipLabel, isolate } from '@/lib/user-text';
import { QrCode } from './QrCode';
import { useCodeLoop } from './use-code-loop';
import { useHandInCodes } from './use-hand-in-codes';
import { useWakeLock } from './use-wake-lock';
import './handin.css';

function NotFound() {
  const { t } = useTranslation('handin');
  return (
    <div className="stack handin">
      <PageTitle>{t('title')}</PageTitle>
      <p className="notice warning">{t('notFound')}</p>
      <a className="button" href={href(['assessments'])}>
        {t('openList')}
      </a>
    </div>
  );
}

/** The code, or the looping sequence with its position and controls (pausing is required for moving content that lasts). */
function Codes({ matrices }: { matrices: boolean[][][] }) {
  const { t } = useTranslation('handin');
  const [paused, setPaused] = useState(false);
  const { index, step } = useCodeLoop(matrices.length, paused);
  const m = matrices.length;
  const matrix = matrices[index]!;
  if (m === 1) {
    return (
      <div className="handin-code">
        <QrCode matrix={matrix} label={t('singleLabel')} />
      </div>
    );
  }
  return (
    <>
      <div className="handin-code" data-code-index={index}>
        <QrCode matrix={matrix} label={t('codeLabel', { n: index + 1, m })} />
      </div>
      <p className="handin-position" aria-hidden="true">
        {t('sequence', { n: index + 1, m })}
      </p>
      <div className="actions handin-controls">
        <button type="button" className="button" aria-pressed={paused} onClick={() => setPaused((p) => !p)}>
          {paused ? t('resume') : t('pause')}
        </button>
        {paused && (
          <>
            <button type="button" className="button quiet" onClick={() => step(-1)}>
              {t('previous')}
            </button>
            <button type="button" className="button quiet" onClick={() => step(1)}>
              {t('next')}
            </button>
          </>
        )}
      </div>
      {/* Announced when paused, so stepping by keyboard says which code is shown; never while it loops. */}
      <p className="sr-only" aria-live="polite">
        {paused ? t('sequence', { n: index + 1, m }) : ''}
      </p>
      <p className="hint">{t('sequenceHint', { codes: m })}</p>
    </>
  );
}

function HandIn({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('handin');
  const [includeName, setIncludeName] = useState(false);
  const codes = useHandInCodes(assessment, includeName);
  const wake = useWakeLock();
  const id = useId();
  const name = assessment.name.trim();
  return (
    <article className="stack handin">
      <PageTitle>{t('title')}</PageTitle>
      {codes.status === 'encoding' && <output className="loading handin-code">{t('preparing')}</output>}
      {codes.status === 'too_large' && <p className="notice warning">{t('tooLarge')}</p>}
      {codes.status === 'ready' && <Codes key={codes.matrices.length} matrices={codes.matrices} />}
      <p className="lead">{t('lead')}</p>
      {name && (
        <div className="handin-name">
          <label className="handin-switch">
            <input type="checkbox" checked={includeName} aria-describedby={`${id}-name`} onChange={(e) => setIncludeName(e.currentTarget.checked)} />
            <span className="user-text">{t('includeName', { name: isolate(clipLabel(name, 60)) })}</span>
          </label>
          <p id={`${id}-name`} className="hint">
            {t(includeName ? 'named' : 'anonymous')}
          </p>
        </div>
      )}
      <div className="handin-notes">
        {!name && <p className="hint">{t('anonymous')}</p>}
        <p className="hint">{t('carries')}</p>
        {wake !== 'pending' && <p className="hint">{t(wake === 'held' ? 'awake' : 'mayDim')}</p>}
      </div>
      <p>
        <a href={href(['results', assessment.id])}>{t('back')}</a>
      </p>
    </article>
  );
}

/** `#/handin/<id>`: an assessment as QR codes for the facilitator's camera, kept on screen with the display awake. */
export default function HandInPage() {
  const route = useRoute();
  const id = route.segments[1];
  const assessment = useAppStore((s) => (id ? s.assessments[id] : undefined));
  if (!assessment) return <NotFound />;
  return <HandIn key={assessment.id} assessment={assessment} />;
}
