import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RUNGS } from '@/domain/instrument/vocabulary';
import type { ScenarioTarget } from '@/domain/assessment/assessment';
import { MODELS } from '@/domain/recommendations/rule-vocabulary';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { looseT } from '@/lib/i18n/loose-t';
import { verificationText } from '@/lib/i18n/plan-text';
import { useLatestCallback } from './use-latest-callback';
import type { Plan } from './use-plan';

const NO_TARGET: ScenarioTarget = {};

// The two choices, re-rendered only when the target changes (not on every what-if click).
const TargetSelects = memo(function TargetSelects({ target, setTarget }: { target: ScenarioTarget; setTarget: (next: ScenarioTarget) => void }) {
  const { t, i18n } = useTranslation(['planner', 'results', 'instrument']);
  const ti = looseT(i18n, i18n.language, 'instrument');
  const ids = { rung: useId(), model: useId() };
  return (
    <div className="field-row">
      <label htmlFor={ids.rung}>{t('planner:target.rung')}</label>
      <select id={ids.rung} value={target.rung ?? ''} onChange={(e) => setTarget({ ...target, rung: (e.target.value || undefined) as ScenarioTarget['rung'] })}>
        <option value="">{t('planner:target.none')}</option>
        {RUNGS.filter((r) => r !== 'none').map((r) => (
          <option key={r} value={r}>
            {ti(`rungs.${r}.name`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.model}>{t('planner:target.model')}</label>
      <select id={ids.model} value={target.model ?? ''} onChange={(e) => setTarget({ ...target, model: (e.target.value || undefined) as ScenarioTarget['model'] })}>
        <option value="">{t('planner:target.none')}</option>
        {MODELS.map((m) => (
          <option key={m} value={m}>
            {t(`results:recommendations.models.${m}`)}
          </option>
        ))}
      </select>
    </div>
  );
});

/**
 * The target of the scenario and the roadmap to it, verified: "these N actions reach brand export"
 * only when re-scoring the planned answers reaches it; otherwise what is still missing.
 */
export function TargetCheck({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation(['planner', 'results', 'instrument']);
  const text = useInstrumentText();
  const target = plan.scenario.target ?? NO_TARGET;
  const setTarget = useLatestCallback((next: ScenarioTarget) => {
    const clean: ScenarioTarget = {};
    if (next.rung) clean.rung = next.rung;
    if (next.model) clean.model = next.model;
    plan.update({ target: clean });
  });
  const roadmap = plan.roadmap;
  const missingActions = roadmap ? roadmap.actions.filter((a) => !plan.scenario.actions.includes(a)) : [];
  return (
    <section className="card" aria-labelledby="plan-target">
      <h2 id="plan-target">{t('planner:target.title')}</h2>
      <TargetSelects target={target} setTarget={setTarget} />
      {!roadmap ? (
        <p className="note">{t('planner:target.choose')}</p>
      ) : roadmap.reached && roadmap.actions.length === 0 ? (
        <p className="verify reached">{t('planner:target.already')}</p>
      ) : (
        <div className={`verify ${roadmap.reached ? 'reached' : 'not-reached'}`} data-reached={roadmap.reached}>
          <p>{verificationText(i18n, roadmap.target, roadmap.reached, roadmap.actions.length, roadmap.missing, text.question)}</p>
          {roadmap.actions.length > 0 && missingActions.length > 0 && (
            <button type="button" className="button primary" onClick={() => plan.update({ actions: [...plan.scenario.actions, ...missingActions] })}>
              {t('planner:target.planThese', { count: roadmap.actions.length })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
