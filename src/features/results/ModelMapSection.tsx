import { LazyDetails } from '@/components/ui/LazyDetails';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WhenNearScreen } from '@/components/ui/WhenNearScreen';
import { instrument } from '@/content/instrument';
import type { Answers } from '@/domain/assessment/assessment';
import type { AxisScore, ScoreResult } from '@/domain/scoring/result-types';
import { formatNumber } from '@/lib/format';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { ContributionList } from './ContributionList';
import { referenceResults } from '@/lib/reference-results';
import { looseT } from '@/lib/i18n/loose-t';

const ModelMapChart = lazy(() => import('@/components/ui/charts/ModelMapChart'));

// Scored once per session by the same engine as the user's firm; never hard-coded coordinates.
const references = referenceResults;


function AxisWhy({ axis, answers, title }: { axis: AxisScore; answers: Answers; title: string }) {
  const { t, i18n } = useTranslation('results');
  const text = useInstrumentText();
  return (
    <LazyDetails summary={title}>
      <ul className="evidence">
        {axis.components.map((c) => (
          <li key={c.id}>
            {t('model.component', {
              name: c.kind === 'dimension' ? text.section(c.id) : text.question(c.id),
              weight: formatNumber(i18n.language, c.weight, 2),
              points: formatNumber(i18n.language, c.points, 1),
            })}
          </li>
        ))}
      </ul>
      <ContributionList contributions={axis.contributions.filter((c) => c.points > 0 || c.status !== 'answered')} answers={answers} />
    </LazyDetails>
  );
}

/** The model map (T across, R up) with the reference firms, its table equivalent and the lean explained. */
export function ModelMapSection({ result, answers, firmLabel }: { result: ScoreResult; answers: Answers; firmLabel: string }) {
  const { t, i18n } = useTranslation(['results', 'instrument']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const lng = i18n.language;
  const { model } = result;
  const refs = references();
  const rows = useMemo(
    () => [
      { key: 'firm', label: firmLabel, model, kind: 'firm' as const },
      ...refs.map((r) => ({ key: r.id, label: t(`results:model.references.${r.id as 'byd'}`), model: r.result.model, kind: 'reference' as const })),
    ],
    [firmLabel, model, refs, t],
  );
  const points = useMemo(() => rows.map((r) => ({ label: r.label, T: r.model.T.value, R: r.model.R.value, kind: r.kind })), [rows]);
  const axisLabels = useMemo(() => ({ T: ti('axes.T.long'), R: ti('axes.R.long') }), [ti]);
  const quadrants = useMemo(
    () => ({
      emerging: ti('quadrants.emerging.name'),
      rule_export: ti('quadrants.rule_export.name'),
      chain_integration: ti('quadrants.chain_integration.name'),
      convergent: ti('quadrants.convergent.name'),
    }),
    [ti],
  );
  const lean = formatNumber(lng, model.lean, 2);

  return (
    <section className="card results-section" aria-labelledby="model-title">
      <h2 id="model-title">{t('results:model.title')}</h2>
      <p>{t('results:model.intro')}</p>
      <p className="quadrant-headline" data-quadrant={model.quadrant}>
        {t('results:model.quadrant', { quadrant: ti(`quadrants.${model.quadrant}.name`), description: ti(`quadrants.${model.quadrant}.description`) })}
      </p>
      <p>{t(`results:model.leaning.${model.leaning}`, { lean })}</p>
      <p>{t('results:model.convergence', { value: formatNumber(lng, model.convergence) })}</p>
      <div className="chart-and-table">
        <WhenNearScreen fallback={<div className="chart-box square placeholder" />}>
          <Suspense fallback={<div className="chart-box square placeholder" />}>
            <ModelMapChart points={points} axisLabels={axisLabels} quadrants={quadrants} strong={instrument.strongAxis} summary={t('results:model.chartSummary')} />
          </Suspense>
        </WhenNearScreen>
        <table className="data-table" data-testid="model-table">
          <caption>{t('results:model.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results:model.firm')}</th>
              <th scope="col" className="num">T</th>
              <th scope="col" className="num">R</th>
              <th scope="col">{t('results:model.quadrantHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.kind}>
                <th scope="row">
                  <span className="user-text" dir="auto">
                    {r.label}
                  </span>
                </th>
                <td className="num">{formatNumber(lng, r.model.T.value)}</td>
                <td className="num">{formatNumber(lng, r.model.R.value)}</td>
                <td>{ti(`quadrants.${r.model.quadrant}.name`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">{t('results:model.referencesNote')}</p>
      <div className="why-list">
        <AxisWhy axis={model.T} answers={answers} title={t('results:model.whyT')} />
        <AxisWhy axis={model.R} answers={answers} title={t('results:model.whyR')} />
      </div>
    </section>
  );
}
