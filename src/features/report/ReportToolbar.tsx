import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '@/lib/router/hash-route';
import { REPORT_LANGUAGES, type ReportLanguage } from './report-language';
import './report-toolbar.css';

/** Prints once the chart code is in, so no chart prints as an empty box. */
async function printWhenDrawn(): Promise<void> {
  await Promise.all([import('@/components/ui/charts/RadarChart'), import('@/components/ui/charts/ModelMapChart')]);
  // Two frames: React mounts the charts, Chart.js draws them (no animation).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  window.print();
}

/** On screen only: the report language, the print button and the way back (the target in `query` kept). Never printed. */
export function ReportToolbar({ id, choice, query = {} }: { id: string; choice: ReportLanguage; query?: Record<string, string> }) {
  const { t } = useTranslation('report');
  const groupLabel = useId();
  return (
    <div className="rp-toolbar">
      <div className="rp-toolbar-row">
        <nav className="rp-lang-choice" aria-labelledby={groupLabel}>
          <span id={groupLabel} className="rp-toolbar-label">
            {t('toolbar.language')}
          </span>
          {REPORT_LANGUAGES.map((l) => (
            <a
              key={l}
              className={`button ${l === choice ? 'primary' : 'quiet'}`}
              href={href(['report', id], { ...query, lang: l })}
              aria-current={l === choice ? 'true' : undefined}
              lang={l === 'both' ? undefined : l}
            >
              {t(`toolbar.languages.${l}`)}
            </a>
          ))}
        </nav>
        <div className="rp-toolbar-actions">
          <button type="button" className="button primary" onClick={() => void printWhenDrawn()}>
            {t('toolbar.print')}
          </button>
          <a className="button" href={href(['results', id], query)}>
            {t('toolbar.back')}
          </a>
        </div>
      </div>
      <p className="rp-toolbar-hint">{t('toolbar.hint')}</p>
    </div>
  );
}
