import { RUNGS } from '@/domain/instrument/vocabulary';
import { formatNumber, formatPercent } from '@/lib/format';
import { useBilingual } from '../bilingual';
import type { CohortData } from '../cohort-data';
import { Bars } from './Bars';
import { ViewSection } from './ViewSection';
import { TableScroll } from '../TableScroll';

/** Firms per rung as bars (provisional results striped) and as a table. */
export function LadderView({ data }: { data: CohortData }) {
  const { bi, biText, t, lng } = useBilingual();
  const c = data.aggregate;
  const n = Math.max(1, c.count);
  // Drawn as a ladder: the top rung first.
  const rows = [...c.ladder].reverse().map((r) => ({
    key: r.rung,
    label: bi(`instrument:rungs.${r.rung}.name`),
    parts: [{ share: r.confirmed / n }, { share: r.provisional / n, striped: true }],
    value: formatNumber(lng, r.total),
  }));
  return (
    <ViewSection view="ladder">
      <p className="view-intro">{bi('workshop:views.ladder.intro')}</p>
      <div className="chart-and-table">
        <div>
          <Bars rows={rows} summary={t('workshop:views.ladder.chart')} />
          <p className="legend" aria-hidden="true">
            <span className="key solid" /> {biText('workshop:views.ladder.confirmed')} <span className="key striped" /> {biText('workshop:views.ladder.provisional')}
          </p>
        </div>
        <TableScroll label={t('workshop:views.ladder.caption')}>
          <table className="data-table" data-testid="ladder-table">
            <caption>{bi('workshop:views.ladder.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{bi('workshop:table.rung')}</th>
                <th scope="col" className="num">{bi('workshop:views.ladder.firms')}</th>
                <th scope="col" className="num">{bi('workshop:views.ladder.provisional')}</th>
                <th scope="col" className="num">{bi('workshop:views.ladder.share')}</th>
              </tr>
            </thead>
            <tbody>
              {RUNGS.map((rung) => {
                const r = c.ladder.find((x) => x.rung === rung)!;
                return (
                  <tr key={rung} data-rung={rung}>
                    <th scope="row">{bi(`instrument:rungs.${rung}.name`)}</th>
                    <td className="num">{formatNumber(lng, r.total)}</td>
                    <td className="num">{formatNumber(lng, r.provisional)}</td>
                    <td className="num">{formatPercent(lng, r.share)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </ViewSection>
  );
}
