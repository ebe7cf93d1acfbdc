import { LazyDetails } from '@/components/ui/LazyDetails';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WhenNearScreen } from '@/components/ui/WhenNearScreen';
import type { Answers } from '@/domain/assessment/assessment';
import { DIMENSIONS } from '@/domain/instrument/vocabulary';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { formatNumber } from '@/lib/format';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { ContributionList } from './ContributionList';

const RadarChart = lazy(() => import('@/components/ui/charts/RadarChart'));

/** The eight dimension scores as a radar, with the same figures in a table and each score explained. */
export function ProfileSection({ result, answers, firmLabel }: { result: ScoreResult; answers: Answers; firmLabel: string }) {
  const { t, i18n } = useTranslation('results');
  const text = useInstrumentText();
  const labels = useMemo(() => DIMENSIONS.map((d) => text.dimension(d)), [text]);
  const series = useMemo(
    () => [{ label: firmLabel, values: DIMENSIONS.map((d) => Math.round(result.profile[d].score)), kind: 'primary' as const }],
    [result, firmLabel],
  );
  return (
    <section className="card results-section" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile.title')}</h2>
      <div className="chart-and-table">
        <WhenNearScreen fallback={<div className="chart-box placeholder" />}>
          <Suspense fallback={<div className="chart-box placeholder" />}>
            <RadarChart labels={labels} series={series} summary={t('profile.chartSummary')} />
          </Suspense>
        </WhenNearScreen>
        <table className="data-table" data-testid="profile-table">
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
                <td className="num">{formatNumber(i18n.language, result.profile[d].score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="why-list">
        {DIMENSIONS.map((d) => (
          <LazyDetails key={d} summary={`${text.section(d)}: ${t('profile.why')}`}>
            <ContributionList contributions={result.profile[d].contributions} answers={answers} />
          </LazyDetails>
        ))}
      </div>
    </section>
  );
}
