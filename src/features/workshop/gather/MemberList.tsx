import { memo, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeFromCohort, restoreToCohort, type CohortMember } from '@/domain/cohort/cohort-members';
import type { FirmFigures } from '@/domain/cohort/firm-figures';
import { RUNGS, type Rung } from '@/domain/instrument/vocabulary';
import type { StoredCohort } from '@/lib/cohort-storage/stored-cohort';
import { cohortStore } from '../cohort-store';
import { memberLabels } from '../member-labels';
import { useFormatters } from '../use-formatters';
import { TableScroll } from '../TableScroll';
import { looseT } from '@/lib/i18n/loose-t';

const NO_MEMBERS: CohortMember[] = [];


/**
 * The cohort's firms in import order, labelled as everywhere else, each removable (with undo).
 * Memoised: scoring progress elsewhere on the page must not redraw 500 rows.
 */
export const MemberList = memo(function MemberList({ cohort, figures }: { cohort: StoredCohort; figures: FirmFigures[] | null }) {
  const { t, i18n } = useTranslation(['workshop', 'instrument']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const [removed, setRemoved] = useState<{ member: CohortMember; label: string } | null>(null);
  const undo = useRef<HTMLButtonElement>(null);
  // The removed row (and its button) is gone: focus goes to Undo rather than to the page's start.
  useEffect(() => {
    if (removed) undo.current?.focus();
  }, [removed]);
  const labels = memberLabels(cohort.members, cohort.showNames);
  const byId = new Map((figures ?? []).map((f) => [f.id, f]));
  // Hundreds of rows are drawn in an interruptible background render: the page stays responsive.
  const members = useDeferredValue(cohort.members, NO_MEMBERS);
  const fmt = useFormatters(i18n.language);
  const provisional = t('table.provisional');
  const rungName = Object.fromEntries(RUNGS.map((r) => [r, ti(`rungs.${r}.name`)])) as Record<Rung, string>;
  const update = (change: (members: CohortMember[]) => CohortMember[]) =>
    cohortStore().getState().update(cohort.id, (c) => ({ ...c, members: change(c.members) }), Date.now());

  return (
    <section className="card stack" aria-labelledby="members-title">
      <h2 id="members-title">{t('members.title')}</h2>
      <div aria-live="polite">
        {removed && (
          <p className="status">
            {t('members.removed', { label: removed.label })}{' '}
            <button
              ref={undo}
              type="button"
              className="button quiet"
              onClick={() => {
                update((m) => restoreToCohort(m, removed.member));
                setRemoved(null);
              }}
            >
              {t('members.undo')}
            </button>
          </p>
        )}
      </div>
      {cohort.members.length === 0 ? (
        <p>{t('members.empty')}</p>
      ) : !figures ? null : ( // drawn once every firm is scored (progress shows above), not 500 rows twice
        <TableScroll label={t('members.caption')}>
          <table className="data-table members">
            <caption>{t('members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.firm')}</th>
                <th scope="col">{t('table.rung')}</th>
                <th scope="col" className="num">
                  {t('table.answered')}
                </th>
                <th scope="col">{t('table.updated')}</th>
                <th scope="col">{t('table.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => {
                const f = byId.get(m.assessment.id);
                const label = labels.get(m.assessment.id) ?? '';
                return (
                  <tr key={m.assessment.id}>
                    <th scope="row" dir="auto">
                      {label}
                    </th>
                    <td>{f ? `${rungName[f.rung]}${f.provisional ? ` (${provisional})` : ''}` : '…'}</td>
                    <td className="num">{f ? fmt.percent(f.answeredShare) : '…'}</td>
                    <td>{fmt.date(m.assessment.updatedAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="button quiet small"
                        aria-label={t('members.removeLabel', { label })}
                        onClick={() => {
                          update((list) => removeFromCohort(list, m.assessment.id));
                          setRemoved({ member: m, label });
                        }}
                      >
                        {t('members.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
});
