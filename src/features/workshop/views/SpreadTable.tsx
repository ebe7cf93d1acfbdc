import type { ReactNode } from 'react';
import type { Spread } from '@/domain/cohort/spread';
import { useBilingual } from '../bilingual';
import { TableScroll } from '../TableScroll';

export interface SpreadRow {
  key: string;
  label: ReactNode;
  spread: Spread | null;
}

const COLUMNS = ['mean', 'min', 'q1', 'median', 'q3', 'max'] as const;

/** Mean, lowest, quartiles and highest per row: the table equivalent of a box plot. */
export function SpreadTable({ rows, caption, label, area, format, testId }: {
  rows: SpreadRow[];
  caption: ReactNode;
  /** The caption as plain text, naming the scroll region. */
  label: string;
  area: ReactNode;
  format: (x: number) => string;
  testId?: string;
}) {
  const { bi } = useBilingual();
  return (
    <TableScroll label={label}>
      <table className="data-table spread-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{area}</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="num">
                {bi(`workshop:views.dimensions.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-row={r.key}>
              <th scope="row">{r.label}</th>
              {COLUMNS.map((c) => (
                <td key={c} className="num">
                  {r.spread ? format(r.spread[c]) : '–'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
