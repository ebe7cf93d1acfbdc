import type { ReactNode } from 'react';

export interface BarRow {
  key: string;
  label: ReactNode;
  /** Parts of the bar, each a share 0–1 of the full width; `striped` parts stay apart in greyscale. */
  parts: { share: number; striped?: boolean }[];
  value: string;
}

/** Horizontal bars in CSS: one accessible image (`summary`); the table beside it has the figures. */
export function Bars({ rows, summary, wide = false }: { rows: BarRow[]; summary: string; wide?: boolean }) {
  return (
    // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role -- CSS bars have no <img> equivalent
    <div className={`bars${wide ? ' wide-labels' : ''}`} role="img" aria-label={summary}>
      {rows.map((r) => (
        <div className="bar-row" key={r.key}>
          <span className="bar-label">{r.label}</span>
          <span className="bar-track">
            {r.parts.map((p, i) => (
              <span key={i} className={`bar-part${p.striped ? ' striped' : ''}`} style={{ width: `${Math.max(0, Math.min(1, p.share)) * 100}%` }} />
            ))}
          </span>
          <span className="bar-value">{r.value}</span>
        </div>
      ))}
    </div>
  );
}
