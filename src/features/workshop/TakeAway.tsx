import { useState } from 'react';
import { buildBundleFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { bundleFileName } from '@/domain/exchange/exchange-file-name';
import { downloadText } from '@/lib/download';
import { useBilingual } from './bilingual';
import type { CohortData } from './cohort-data';
import { cohortCsv, cohortCsvFileName } from './cohort-csv';
import { isolate } from '@/lib/user-text';

/** The cohort CSV and the printed summary (both labelled as on screen), and the raw cohort file. */
export function TakeAway({ data }: { data: CohortData }) {
  const { bi, t } = useBilingual();
  const [saved, setSaved] = useState<string | null>(null);
  const save = (file: string, text: string, mime: string) => {
    downloadText(file, text, mime);
    setSaved(file);
  };
  return (
    <section className="card stack take-away" aria-labelledby="take-away-title">
      <h2 id="take-away-title">{bi('workshop:takeAway.title')}</h2>
      <div className="take-away-item">
        <button type="button" className="button primary" onClick={() => save(cohortCsvFileName(data.cohort.name, Date.now()), cohortCsv(data.figures, data.labels, t), 'text/csv')}>
          {t('workshop:takeAway.csv')}
        </button>
        <p className="hint">{t('workshop:takeAway.csvHint')}</p>
      </div>
      <div className="take-away-item">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('workshop:takeAway.print')}
        </button>
        <p className="hint">{t('workshop:takeAway.printHint')}</p>
      </div>
      <div className="take-away-item">
        <button
          type="button"
          className="button"
          onClick={() => {
            const now = Date.now();
            const assessments = data.cohort.members.map((m) => m.assessment);
            save(bundleFileName(assessments.length, now), serializeExchangeFile(buildBundleFile(assessments, now)), 'application/json');
          }}
        >
          {t('workshop:takeAway.bundle')}
        </button>
        <p className="hint">{t('workshop:takeAway.bundleHint')}</p>
      </div>
      <p aria-live="polite" className="status">
        {saved && t('workshop:takeAway.saved', { file: isolate(saved) })}
      </p>
    </section>
  );
}
