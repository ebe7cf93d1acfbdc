import { DIMENSIONS } from '@/domain/instrument/vocabulary';
import { useDeferredValue } from 'react';
import { RUNGS, type Rung } from '@/domain/instrument/vocabulary';
import type { Quadrant } from '@/domain/scoring/result-types';
import { QUADRANTS } from '@/domain/cohort/aggregate-cohort';
import { useBilingual } from '../bilingual';
import type { CohortData } from '../cohort-data';
import { ViewSection } from './ViewSection';
import { TableScroll } from '../TableScroll';
import { useFormatters } from '../use-formatters';

const NO_FIGURES: CohortData['figures'] = [];

/** Every firm's figures, as in the CSV: for the printed summary and for reading one firm's row. */
export function FirmsTable({ data }: { data: CohortData }) {
  const { bi, t, lng } = useBilingual();
  const fmt = useFormatters(lng);
  // Hundreds of rows are drawn in an interruptible background render, so opening the dashboard never freezes it.
  const figures = useDeferredValue(data.figures, NO_FIGURES);
  const num = fmt.number;
  // Looked up once, not once per row: translating is slow next to building 500 rows.
  const rungName = Object.fromEntries(RUNGS.map((r) => [r, t(`instrument:rungs.${r}.name`)])) as Record<Rung, string>;
  const quadrantName = Object.fromEntries(QUADRANTS.map((q) => [q, t(`instrument:quadrants.${q}.name`)])) as Record<Quadrant, string>;
  const provisional = t('workshop:table.provisional');
  return (
    <ViewSection view="firms">
      <TableScroll label={t('workshop:views.firms.caption')}>
        <table className="data-table firms-table" data-testid="firms-table">
          <caption>{bi('workshop:views.firms.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{bi('workshop:table.firm')}</th>
              <th scope="col">{bi('workshop:table.rung')}</th>
              <th scope="col" className="num">T</th>
              <th scope="col" className="num">R</th>
              <th scope="col">{bi('workshop:table.quadrant')}</th>
              {DIMENSIONS.map((d) => (
                <th key={d} scope="col" className="num">
                  {bi(`instrument:dimensionShort.${d}`)}
                </th>
              ))}
              <th scope="col" className="num">{bi('workshop:table.answered')}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id}>
                <th scope="row" dir="auto">{data.labels.get(f.id)}</th>
                <td>
                  {rungName[f.rung]}
                  {f.provisional && ` (${provisional})`}
                </td>
                <td className="num">{num(f.T)}</td>
                <td className="num">{num(f.R)}</td>
                <td>{quadrantName[f.quadrant]}</td>
                {DIMENSIONS.map((d) => (
                  <td key={d} className="num">
                    {num(f.dimensions[d])}
                  </td>
                ))}
                <td className="num">{fmt.percent(f.answeredShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </ViewSection>
  );
}
