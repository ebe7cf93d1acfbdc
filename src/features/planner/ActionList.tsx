import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '@/lib/format';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { looseT } from '@/lib/i18n/loose-t';
import { changeLines } from '@/lib/i18n/plan-text';
import { useLatestCallback } from './use-latest-callback';
import type { Plan, PlannableAction } from './use-plan';

// Memoised per action: a click re-renders the one checkbox that changed, not the whole list.
const ActionItem = memo(function ActionItem({ item, checked, onToggle }: { item: PlannableAction; checked: boolean; onToggle: (id: string) => void }) {
  const { t, i18n } = useTranslation(['planner', 'results', 'recommendations']);
  const tr = looseT(i18n, i18n.language, 'recommendations');
  const text = useInstrumentText();
  const { rec, change } = item;
  const inputId = `plan-action-${rec.id}`;
  return (
    <li className={`plan-action${checked ? ' checked' : ''}`} data-rec={rec.id}>
      <input type="checkbox" id={inputId} checked={checked} onChange={() => onToggle(rec.id)} aria-describedby={`${inputId}-changes`} />
      <div>
        <label htmlFor={inputId}>
          <strong>{tr(rec.text.title)}</strong>{' '}
          <span className={`badge tier-${rec.tier}`}>{rec.kind === 'deepen' ? t('results:recommendations.deepenBadge') : t(`results:recommendations.tiers.${rec.tier}`)}</span>
        </label>
        <ul className="plain-list change-lines" id={`${inputId}-changes`}>
          {changeLines(i18n, rec, change, text.section(rec.dimension)).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </li>
  );
});

const ActionsHeading = memo(function ActionsHeading() {
  const { t } = useTranslation('planner');
  return (
    <>
      <h2 id="plan-actions">{t('actions.title')}</h2>
      <p>{t('actions.intro')}</p>
    </>
  );
});

/** The advised actions as switches, in the advice's own order; each shows what it changes on its own. */
export function ActionList({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation(['planner', 'recommendations']);
  const lng = i18n.language;
  const chosen = new Set(plan.scenario.actions);
  // The same on every click: built once per language and advice.
  const unmeasured = useMemo(() => {
    if (plan.unmeasured.length === 0) return null;
    const tr = looseT(i18n, lng, 'recommendations');
    return looseT(i18n, lng, 'planner')('actions.noEffect', { names: formatList(lng, plan.unmeasured.map((r) => tr(r.text.title))) });
  }, [i18n, lng, plan.unmeasured]);
  const offered = useMemo(() => new Set(plan.actions.map((x) => x.rec.id)), [plan.actions]);
  // One stable handler for every item, reading the latest plan, so unchanged items skip re-rendering.
  const onToggle = useLatestCallback(plan.toggleAction);
  return (
    <section className="card" aria-labelledby="plan-actions">
      <ActionsHeading />
      <p aria-live="polite" className="note">
        {t('planner:actions.count', { count: plan.scenario.actions.filter((a) => offered.has(a)).length })}
      </p>
      <ul className="plan-actions plain-list">
        {plan.actions.map((item) => (
          <ActionItem key={item.rec.id} item={item} checked={chosen.has(item.rec.id)} onToggle={onToggle} />
        ))}
      </ul>
      {plan.scenario.actions.length > 0 && (
        <button type="button" className="button quiet" onClick={() => plan.update({ actions: [] })}>
          {t('planner:actions.clear')}
        </button>
      )}
      {unmeasured && <p className="note">{unmeasured}</p>}
    </section>
  );
}
