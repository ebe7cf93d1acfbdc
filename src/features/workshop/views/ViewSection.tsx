import type { ReactNode } from 'react';
import { useBilingual } from '../bilingual';
import type { ViewId } from '../views';

/** One dashboard view: a titled card on the dashboard, a whole screen in projector mode. */
export function ViewSection({ view, children, badge }: { view: ViewId | 'firms'; children: ReactNode; badge?: ReactNode }) {
  const { bi } = useBilingual();
  const id = `view-${view}`;
  return (
    <section className="card workshop-view" aria-labelledby={`${id}-title`} data-view={view}>
      <div className="view-title-row">
        <h2 id={`${id}-title`} tabIndex={-1}>
          {bi(`workshop:views.${view}.title`)}
        </h2>
        {badge}
      </div>
      {children}
    </section>
  );
}

/** A key figure: a large number with its label. */
export function Tile({ label, value, note, size = 'large' }: { label: ReactNode; value: ReactNode; note?: ReactNode; size?: 'large' | 'medium' }) {
  return (
    <div className={`tile ${size}`}>
      <dt>{label}</dt>
      <dd>
        <span className="tile-value">{value}</span>
        {note && <span className="tile-note">{note}</span>}
      </dd>
    </div>
  );
}

/** On the projector a table waits behind a disclosure (one view per screen); elsewhere it is shown as is. */
export function Folded({ folded, summary, children }: { folded: boolean; summary: ReactNode; children: ReactNode }) {
  if (!folded) return <>{children}</>;
  return (
    <details>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
