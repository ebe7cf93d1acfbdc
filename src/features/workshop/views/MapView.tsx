import { lazy, Suspense, useMemo, useState } from 'react';
import { instrument } from '@/content/instrument';
import type { ModelPosition, Quadrant } from '@/domain/scoring/result-types';
import { QUADRANTS } from '@/domain/cohort/aggregate-cohort';
import { useBilingual } from '../bilingual';
import type { CohortData } from '../cohort-data';
import { ViewSection } from './ViewSection';
import { TableScroll } from '../TableScroll';
import { useFormatters } from '../use-formatters';
import { referenceResults } from '@/lib/reference-results';

const ModelMapChart = lazy(() => import('@/components/ui/charts/ModelMapChart'));

// Placed by the same engine as every firm, once per session; never hard-coded coordinates.
function referencePositions(): { id: string; model: ModelPosition }[] {
  return referenceResults().map((r) => ({ id: r.id, model: r.result.model }));
}

/** Every firm's point on the model map (unlabelled dots), the reference firms, and the same in tables. */
export function MapView({ data, highlight }: { data: CohortData; highlight?: string }) {
  const { bi, biText, t, lng } = useBilingual();
  const c = data.aggregate;
  const refs = referencePositions();
  const points = useMemo(
    () => [
      ...c.points.map((p) => ({ label: data.labels.get(p.id) ?? '', T: p.T, R: p.R, kind: p.id === highlight ? ('firm' as const) : ('peer' as const) })),
      ...refs.map((r) => ({ label: biText(`workshop:views.map.references.${r.id}`), T: r.model.T.value, R: r.model.R.value, kind: 'reference' as const })),
    ],
    [c.points, data.labels, refs, biText, highlight],
  );
  const axisLabels = useMemo(() => ({ T: biText('instrument:axes.T.long'), R: biText('instrument:axes.R.long') }), [biText]);
  const quadrants = useMemo(
    () => ({
      emerging: biText('instrument:quadrants.emerging.name'),
      rule_export: biText('instrument:quadrants.rule_export.name'),
      chain_integration: biText('instrument:quadrants.chain_integration.name'),
      convergent: biText('instrument:quadrants.convergent.name'),
    }),
    [biText],
  );
  const num = useFormatters(lng).number;
  const [pointsOpen, setPointsOpen] = useState(false);
  const quadrantName = Object.fromEntries(QUADRANTS.map((q) => [q, t(`instrument:quadrants.${q}.name`)])) as Record<Quadrant, string>;
  return (
    <ViewSection view="map">
      <p className="view-intro">{bi('workshop:views.map.intro')}</p>
      <div className="chart-and-table">
        <Suspense fallback={<div className="chart-box square placeholder" />}>
          <ModelMapChart points={points} axisLabels={axisLabels} quadrants={quadrants} strong={instrument.strongAxis} summary={t('workshop:views.map.chart', { count: c.count })} />
        </Suspense>
        <div className="stack">
          <TableScroll label={t('workshop:views.map.quadrantCaption')}>
            <table className="data-table" data-testid="quadrant-table">
              <caption>{bi('workshop:views.map.quadrantCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{bi('workshop:table.quadrant')}</th>
                  <th scope="col" className="num">{bi('workshop:views.map.firms')}</th>
                </tr>
              </thead>
              <tbody>
                {[...QUADRANTS].reverse().map((q) => (
                  <tr key={q}>
                    <th scope="row">{bi(`instrument:quadrants.${q}.name`)}</th>
                    <td className="num">{num(c.quadrants[q])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <details className="points-table" onToggle={(e) => setPointsOpen(e.currentTarget.open)}>
            <summary>{bi('workshop:views.map.showPoints')}</summary>
            <TableScroll label={t('workshop:views.map.pointsCaption')}>
              <table className="data-table">
                <caption>{bi('workshop:views.map.pointsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{bi('workshop:table.firm')}</th>
                    <th scope="col" className="num">T</th>
                    <th scope="col" className="num">R</th>
                    <th scope="col">{bi('workshop:table.quadrant')}</th>
                  </tr>
                </thead>
                <tbody>
                  {/* Drawn only once opened: 500 hidden rows would slow every visit to the dashboard. */}
                  {(pointsOpen ? c.points : []).map((p) => (
                    <tr key={p.id}>
                      <th scope="row" dir="auto">{data.labels.get(p.id)}</th>
                      <td className="num">{num(p.T)}</td>
                      <td className="num">{num(p.R)}</td>
                      <td>{quadrantName[p.quadrant]}</td>
                    </tr>
                  ))}
                  {refs.map((r) => (
                    <tr key={r.id} className="reference">
                      <th scope="row">{t('workshop:views.map.reference', { name: t(`workshop:views.map.references.${r.id}`) })}</th>
                      <td className="num">{num(r.model.T.value)}</td>
                      <td className="num">{num(r.model.R.value)}</td>
                      <td>{t(`instrument:quadrants.${r.model.quadrant}.name`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </div>
      </div>
    </ViewSection>
  );
}
