import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '@/domain/instrument/vocabulary';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { formatNumber } from '@/lib/format';
import { instrumentText } from '@/lib/i18n/instrument-text';
import type { Language } from '@/lib/i18n/languages';
import { InLanguages } from '../InLanguages';
import { wrapLabel } from '../radar-labels';

const RadarChart = lazy(() => import('@/components/ui/charts/RadarChart'));

function Profile({ lng, result, firmName }: { lng: Language; result: ScoreResult; firmName: string }) {
  const { t, i18n } = useTranslation(['report', 'instrument', 'questions'], { lng });
  const text = useMemo(() => instrumentText(i18n, lng), [i18n, lng]);
  const firmLabel = firmName || t('anonymous');
  const labels = useMemo(() => DIMENSIONS.map((d) => wrapLabel(text.dimension(d))), [text]);
  const series = useMemo(
    () => [{ label: firmLabel, values: DIMENSIONS.map((d) => Math.round(result.profile[d].score)), kind: 'primary' as const }],
    [result, firmLabel],
  );
  return (
    <>
      <div className="rp-lead">
        <h2>{t('profile.title')}</h2>
        <p>{t('profile.intro')}</p>
      </div>
      <div className="rp-chart-table">
        <figure className="rp-chart">
          <Suspense fallback={<div className="rp-chart-placeholder" />}>
            <RadarChart labels={labels} series={series} summary={t('profile.chartSummary')} />
          </Suspense>
        </figure>
        <table className="rp-table" data-testid="report-profile-table">
          <caption>{t('profile.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profile.dimension')}</th>
              <th scope="col" className="num">
                {t('profile.score')}
              </th>
            </tr>
          </thead>
          <tbody>
            {DIMENSIONS.map((d) => (
              <tr key={d}>
                <th scope="row">{text.section(d)}</th>
                <td className="num">{formatNumber(lng, result.profile[d].score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The eight dimension scores: radar and table. */
export function ProfileReport({ result, firmName, langs }: { result: ScoreResult; firmName: string; langs: Language[] }) {
  return (
    <section className="rp-section rp-profile">
      <InLanguages langs={langs}>
        {(lng) => <Profile lng={lng} result={result} firmName={firmName} />}
      </InLanguages>
    </section>
  );
}
