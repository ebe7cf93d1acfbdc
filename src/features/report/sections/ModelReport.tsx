import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { instrument } from '@/content/instrument';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { formatNumber } from '@/lib/format';
import type { Language } from '@/lib/i18n/languages';
import { InLanguages } from '../InLanguages';
import { looseT } from '@/lib/i18n/loose-t';
import { wordGap } from '../typography';

const ModelMapChart = lazy(() => import('@/components/ui/charts/ModelMapChart'));


interface ModelProps {
  result: ScoreResult;
  references: { id: string; result: ScoreResult }[];
  firmName: string;
}

function ModelMap({ lng, result, references, firmName }: ModelProps & { lng: Language }) {
  const { t, i18n } = useTranslation(['report', 'results', 'instrument'], { lng });
  // Stable per language, so the chart is drawn once and not rebuilt on every render.
  const ti = useMemo(() => looseT(i18n, lng, 'instrument'), [i18n, lng]);
  const tRes = useMemo(() => looseT(i18n, lng, 'results'), [i18n, lng]);
  const { model } = result;
  const firmLabel = firmName || t('anonymous');
  const rows = useMemo(
    () => [
      { key: 'firm', label: firmLabel, model, kind: 'firm' as const },
      ...references.map((r) => ({ key: r.id, label: tRes(`model.references.${r.id}`), model: r.result.model, kind: 'reference' as const })),
    ],
    [firmLabel, model, references, tRes],
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
  return (
    <>
      <div className="rp-lead">
        <h2>{t('model.title')}</h2>
        <p className="rp-headline" data-quadrant={model.quadrant}>
          {t('results:model.quadrant', { quadrant: ti(`quadrants.${model.quadrant}.name`), description: ti(`quadrants.${model.quadrant}.description`) })}
        </p>
        <p>
          {t(`results:model.leaning.${model.leaning}`, { lean: formatNumber(lng, model.lean, 2) })}
          {wordGap(lng)}
          {t('results:model.convergence', { value: formatNumber(lng, model.convergence) })}
        </p>
      </div>
      <div className="rp-chart-table">
        <figure className="rp-chart">
          <Suspense fallback={<div className="rp-chart-placeholder" />}>
            <ModelMapChart points={points} axisLabels={axisLabels} quadrants={quadrants} strong={instrument.strongAxis} summary={t('model.chartSummary')} />
          </Suspense>
        </figure>
        <table className="rp-table" data-testid="report-model-table">
          <caption>{t('model.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('model.firm')}</th>
              <th scope="col" className="num">
                T
              </th>
              <th scope="col" className="num">
                R
              </th>
              <th scope="col">{t('model.quadrant')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.kind}>
                <th scope="row">
                  <span dir="auto">{r.label}</span>
                  <span className="rp-row-kind">{r.kind === 'firm' ? t('model.yourFirm') : t('model.illustration')}</span>
                </th>
                <td className="num">{formatNumber(lng, r.model.T.value)}</td>
                <td className="num">{formatNumber(lng, r.model.R.value)}</td>
                <td className="rp-nowrap">{ti(`quadrants.${r.model.quadrant}.name`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="rp-note">{t('results:model.referencesNote')}</p>
    </>
  );
}

/** The model map (T across, R up) with the reference firms as illustrations, its table and the lean in words. */
export function ModelReport({ langs, ...props }: ModelProps & { langs: Language[] }) {
  return (
    <section className="rp-section rp-model">
      <InLanguages langs={langs}>
        {(lng) => <ModelMap lng={lng} {...props} />}
      </InLanguages>
    </section>
  );
}
