import { formatNumber, formatPercent } from '@/lib/format';
import { useBilingual } from '../bilingual';
import type { CohortData } from '../cohort-data';
import { Bars } from './Bars';
import { Folded, ViewSection } from './ViewSection';
import { TableScroll } from '../TableScroll';

/** How many recommendations the view lists (the rest are rarer still). */
const SHOWN = 8;

/** What the room needs most: the recommendations most often among each firm's first five. */
export function RecommendationsView({ data, projector = false }: { data: CohortData; projector?: boolean }) {
  const { bi, t, lng } = useBilingual();
  const c = data.aggregate;
  const top = c.recommendations.slice(0, SHOWN);
  const title = (id: string) => bi(`recommendations:rules.${id}.title`);
  const table = (
    <TableScroll label={t('workshop:views.recommendations.caption')}>
      <table className="data-table" data-testid="recommendations-table">
        <caption>{bi('workshop:views.recommendations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{bi('workshop:views.recommendations.rank')}</th>
            <th scope="col">{bi('workshop:views.recommendations.recommendation')}</th>
            <th scope="col">{bi('workshop:views.recommendations.area')}</th>
            <th scope="col" className="num">{bi('workshop:views.recommendations.firms')}</th>
            <th scope="col" className="num">{bi('workshop:views.recommendations.share')}</th>
          </tr>
        </thead>
        <tbody>
          {top.map((r, i) => (
            <tr key={r.id}>
              <td className="num">{formatNumber(lng, i + 1)}</td>
              <th scope="row">{title(r.id)}</th>
              <td>{bi(`instrument:dimensionShort.${r.dimension}`)}</td>
              <td className="num">{formatNumber(lng, r.count)}</td>
              <td className="num">{formatPercent(lng, r.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
  return (
    <ViewSection view="recommendations">
      <p className="view-intro">{bi('workshop:views.recommendations.intro')}</p>
      {top.length === 0 ? (
        <p>{t('workshop:views.recommendations.none')}</p>
      ) : (
        <>
          <Bars
            wide
            rows={top.map((r) => ({ key: r.id, label: title(r.id), parts: [{ share: r.share }], value: formatPercent(lng, r.share) }))}
            summary={t('workshop:views.recommendations.chart')}
          />
          <Folded folded={projector} summary={bi('workshop:views.dimensions.showTable')}>
            {table}
          </Folded>
        </>
      )}
    </ViewSection>
  );
}
