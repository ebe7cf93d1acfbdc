import { lazy, Suspense, useId, useMemo } from 'react';
import { DIMENSIONS } from '@/domain/instrument/vocabulary';
import { formatNumber, formatPercent } from '@/lib/format';
import { href, navigate } from '@/lib/router/hash-route';
import { useBilingual } from './bilingual';
import type { CohortData } from './cohort-data';
import { MapView } from './views/MapView';
import { TableScroll } from './TableScroll';

const RadarChart = lazy(() => import('@/components/ui/charts/RadarChart'));

/** One firm beside the cohort (a benchmark for a one-to-one talk): dimensions, axes, rung and position. */
export function FirmVsCohort({ data, firmId }: { data: CohortData; firmId: string | undefined }) {
  const { bi, biText, t, lng } = useBilingual();
  const id = useId();
  const { aggregate: c, figures, labels, cohort } = data;
  const firm = figures.find((f) => f.id === firmId);
  const label = firm ? (labels.get(firm.id) ?? '') : '';
  const radarLabels = useMemo(() => DIMENSIONS.map((d) => biText(`instrument:dimensionShort.${d}`)), [biText]);
  const series = useMemo(
    () =>
      firm
        ? [
            { label: t('workshop:compare.firmSeries', { label }), values: DIMENSIONS.map((d) => Math.round(firm.dimensions[d])), kind: 'primary' as const },
            { label: t('workshop:compare.cohortSeries'), values: DIMENSIONS.map((d) => Math.round(c.dimensions[d]?.mean ?? 0)), kind: 'secondary' as const },
          ]
        : [],
    [firm, c, label, t],
  );
  const num = (x: number) => formatNumber(lng, x, 1);
  const rows = firm
    ? [
        ...DIMENSIONS.map((d) => ({ key: d, name: bi(`instrument:dimensionShort.${d}`), value: firm.dimensions[d], spread: c.dimensions[d] })),
        { key: 'T', name: bi('instrument:axes.T.name'), value: firm.T, spread: c.axes.T },
        { key: 'R', name: bi('instrument:axes.R.name'), value: firm.R, spread: c.axes.R },
      ]
    : [];
  const onRung = firm ? c.ladder.find((r) => r.rung === firm.rung)!.total : 0;

  return (
    <div className="stack firm-vs-cohort">
      <section className="card stack" aria-labelledby={`${id}-t`}>
        <h2 id={`${id}-t`}>{bi('workshop:compare.title')}</h2>
        <p>{t('workshop:compare.intro')}</p>
        <div className="field">
          <label htmlFor={`${id}-pick`}>{t('workshop:compare.pick')}</label>
          <select
            id={`${id}-pick`}
            value={firm?.id ?? ''}
            onChange={(e) => navigate(href(['workshop', cohort.id, 'firm', e.currentTarget.value]), { replace: true })}
          >
            <option value="" disabled>
              {t('workshop:compare.choose')}
            </option>
            {figures.map((f) => (
              <option key={f.id} value={f.id}>
                {labels.get(f.id)}
              </option>
            ))}
          </select>
        </div>
        {firm && (
          <>
            <p className="rung-line">
              {t(firm.provisional ? 'compare.rungProvisional' : 'compare.rung', { rung: t(`instrument:rungs.${firm.rung}.name`) })}{' '}
              {t('workshop:compare.rungShare', { count: onRung, total: c.count })}
            </p>
            <p>
              {t('workshop:compare.position', {
                quadrant: t(`instrument:quadrants.${firm.quadrant}.name`),
                T: num(firm.T),
                R: num(firm.R),
                meanT: num(c.axes.T?.mean ?? 0),
                meanR: num(c.axes.R?.mean ?? 0),
              })}{' '}
              {t('workshop:compare.answered', { share: formatPercent(lng, firm.answeredShare) })}
            </p>
            <div className="chart-and-table">
              <Suspense fallback={<div className="chart-box placeholder" />}>
                <RadarChart labels={radarLabels} series={series} summary={t('workshop:compare.chart', { label })} />
              </Suspense>
              <TableScroll label={t('workshop:compare.caption', { label })}>
                <table className="data-table" data-testid="compare-table">
                  <caption>{t('workshop:compare.caption', { label })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{bi('workshop:compare.area')}</th>
                      <th scope="col" className="num">{bi('workshop:compare.firm')}</th>
                      <th scope="col" className="num">{bi('workshop:compare.mean')}</th>
                      <th scope="col" className="num">{bi('workshop:compare.median')}</th>
                      <th scope="col" className="num">{bi('workshop:compare.difference')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => {
                      const diff = r.value - (r.spread?.mean ?? 0);
                      return (
                        <tr key={r.key}>
                          <th scope="row">{r.name}</th>
                          <td className="num">{num(r.value)}</td>
                          <td className="num">{r.spread ? num(r.spread.mean) : '–'}</td>
                          <td className="num">{r.spread ? num(r.spread.median) : '–'}</td>
                          <td className="num">{`${diff > 0 ? '+' : ''}${num(diff)}`}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            </div>
            {firm.top.length > 0 && (
              <>
                <h3>{bi('workshop:compare.top')}</h3>
                <ol>
                  {firm.top.map((r) => (
                    <li key={r.id}>{t(`recommendations:rules.${r.id}.title`)}</li>
                  ))}
                </ol>
              </>
            )}
          </>
        )}
      </section>
      {firm && <MapView data={data} highlight={firm.id} />}
    </div>
  );
}
