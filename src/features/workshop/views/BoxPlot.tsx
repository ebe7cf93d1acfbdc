import type { ReactNode } from 'react';
import type { Spread } from '@/domain/cohort/spread';

export interface BoxRow {
  key: string;
  label: ReactNode;
  spread: Spread | null;
  /** Shown at the end of the row (the mean, formatted). */
  value: string;
}

const TICKS = [0, 25, 50, 75, 100];

/**
 * Horizontal box plots on a 0–100 scale: whiskers min–max, box quartile to quartile, a line at the
 * median, a diamond at the mean. Drawn in SVG inside HTML rows so the labels stay real text; one
 * accessible image (`summary`), the table beside it has the figures.
 */
export function BoxPlot({ rows, summary }: { rows: BoxRow[]; summary: string }) {
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- a drawing made of rows has no <img> equivalent
    <div className="boxplot" role="img" aria-label={summary}>
      {rows.map((r) => (
        <div className="boxplot-row" key={r.key}>
          <span className="boxplot-label">{r.label}</span>
          <span className="boxplot-cell">
            <svg className="boxplot-plot" viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              {TICKS.map((x) => (
                <line key={x} x1={x} x2={x} y1={0} y2={20} className="tick" vectorEffect="non-scaling-stroke" />
              ))}
              {r.spread && (
                <>
                  <line x1={r.spread.min} x2={r.spread.max} y1={10} y2={10} className="whisker" vectorEffect="non-scaling-stroke" />
                  <line x1={r.spread.min} x2={r.spread.min} y1={5} y2={15} className="whisker" vectorEffect="non-scaling-stroke" />
                  <line x1={r.spread.max} x2={r.spread.max} y1={5} y2={15} className="whisker" vectorEffect="non-scaling-stroke" />
                  <rect x={r.spread.q1} y={3} width={Math.max(0.4, r.spread.q3 - r.spread.q1)} height={14} className="box" vectorEffect="non-scaling-stroke" />
                  <line x1={r.spread.median} x2={r.spread.median} y1={3} y2={17} className="median" vectorEffect="non-scaling-stroke" />
                </>
              )}
            </svg>
            {r.spread && <span className="boxplot-mean" style={{ left: `${r.spread.mean}%` }} aria-hidden="true" />}
          </span>
          <span className="boxplot-value">{r.value}</span>
        </div>
      ))}
      <div className="boxplot-row axis" aria-hidden="true">
        <span className="boxplot-label" />
        <span className="boxplot-ticks">
          {TICKS.map((x) => (
            <span key={x} style={{ left: `${x}%` }}>
              {x}
            </span>
          ))}
        </span>
        <span />
      </div>
    </div>
  );
}
