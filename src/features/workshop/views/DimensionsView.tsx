import { DIMENSIONS } from '@/domain/instrument/vocabulary';
import { formatNumber } from '@/lib/format';
import { useBilingual } from '../bilingual';
import type { CohortData } from '../cohort-data';
import { BoxPlot } from './BoxPlot';
import { SpreadTable } from './SpreadTable';
import { Folded, ViewSection } from './ViewSection';

/** Each dimension's and each axis's mean with its spread: box plots, and the figures in a table. */
export function DimensionsView({ data, projector = false }: { data: CohortData; projector?: boolean }) {
  const { bi, t, lng } = useBilingual();
  const c = data.aggregate;
  const rows = [
    ...DIMENSIONS.map((d) => ({ key: d, label: bi(`instrument:dimensionShort.${d}`), spread: c.dimensions[d] })),
    { key: 'T', label: bi('instrument:axes.T.name'), spread: c.axes.T },
    { key: 'R', label: bi('instrument:axes.R.name'), spread: c.axes.R },
  ];
  const fmt = (x: number) => formatNumber(lng, x, 1);
  const table = <SpreadTable label={t('workshop:views.dimensions.caption')} rows={rows} caption={bi('workshop:views.dimensions.caption')} area={bi('workshop:views.dimensions.area')} format={fmt} testId="dimensions-table" />;
  return (
    <ViewSection view="dimensions">
      <p className="view-intro">{bi('workshop:views.dimensions.intro')}</p>
      <BoxPlot rows={rows.map((r) => ({ ...r, value: r.spread ? fmt(r.spread.mean) : '–' }))} summary={t('workshop:views.dimensions.chart')} />
      <Folded folded={projector} summary={bi('workshop:views.dimensions.showTable')}>
        {table}
      </Folded>
      <p className="note">{bi('workshop:views.dimensions.method')}</p>
    </ViewSection>
  );
}
