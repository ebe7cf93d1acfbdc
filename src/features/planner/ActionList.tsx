import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '@/lib/format';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { looseT } from '@/lib/i18n/loose-t';
import { changeLines } from '@/lib/i18n/plan-text';
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

/** The advised actions as switches, in the advice's own order; each shows what it changes on its own. */
export function ActionList({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation(['planner', 'recommendations']);
  const tr = looseT(i18n, i18n.language, 'recommendations');
  const chosen = new Set(plan.scenario.actions);
  // One stable handler for every item, reading the latest plan, so unchanged items skip re-rendering.
  const toggle = useRef(plan.toggleAction);
  useLayoutEffect(() => {
    toggle.current = plan.toggleAction;
  });
  const onToggle = useCallback((id: string) => toggle.current(id), []);
  return (
    <section className="card" aria-labelledby="plan-actions">
      <h2 id="plan-actions">{t('planner:actions.title')}</h2>
      <p>{t('planner:actions.intro')}</p>
      <p aria-live="polite" className="note">
        {t('planner:actions.count', { count: plan.scenario.actions.filter((a) => plan.actions.some((x) => x.rec.id === a)).length })}
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
      {plan.unmeasured.length > 0 && (
        <p className="note">{t('planner:actions.noEffect', { names: formatList(i18n.language, plan.unmeasured.map((r) => tr(r.text.title))) })}</p>
      )}
    </section>
  );
}
