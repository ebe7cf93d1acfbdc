import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@/domain/assessment/assessment';
import { MAX_SCENARIOS } from '@/domain/planner/merge-scenarios';
import { href, navigate } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { NEW_SCENARIO } from './use-plan';

interface Props {
  assessmentId: string;
  scenario: Scenario;
  scenarios: Scenario[];
  saved: boolean;
  rename: (name: string) => void;
}

// A what-if click changes the scenario's actions, not its name or the list: then nothing here re-renders.
const sameBar = (a: Props, b: Props) =>
  a.assessmentId === b.assessmentId &&
  a.saved === b.saved &&
  a.rename === b.rename &&
  a.scenario.id === b.scenario.id &&
  a.scenario.name === b.scenario.name &&
  a.scenarios.length === b.scenarios.length &&
  a.scenarios.every((s, i) => s.id === b.scenarios[i]!.id && s.name === b.scenarios[i]!.name);

/** Which scenario is open; new, rename, delete (with an undo). Every change is saved at once. */
export const ScenarioBar = memo(function ScenarioBar({ assessmentId, scenario, scenarios, saved, rename }: Props) {
  const { t } = useTranslation('planner');
  const ids = { pick: useId(), name: useId() };
  const removeScenario = useAppStore((s) => s.removeScenario);
  const saveScenario = useAppStore((s) => s.saveScenario);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Scenario | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const isRenaming = renaming !== null;
  // The name field takes focus when it opens, so a keyboard user types straight away.
  useEffect(() => {
    if (isRenaming) nameInput.current?.select();
  }, [isRenaming]);
  const full = scenarios.length >= MAX_SCENARIOS;
  const open = (id: string) => navigate(href(['plan', assessmentId, id]), { replace: true });
  return (
    <section className="card scenario-bar" aria-label={t('scenario.label')}>
      {scenarios.length > 0 ? (
        <div className="field-row">
          <label htmlFor={ids.pick}>{t('scenario.label')}</label>
          <select id={ids.pick} value={saved ? scenario.id : ''} onChange={(e) => (e.target.value ? open(e.target.value) : navigate(href(['plan', assessmentId, NEW_SCENARIO]), { replace: true }))}>
            {!saved && <option value="">{scenario.name}</option>}
            {scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p>{t('scenario.none')}</p>
      )}
      {renaming !== null ? (
        <form
          className="field-row"
          onSubmit={(e) => {
            e.preventDefault();
            rename(renaming.trim() || scenario.name);
            setRenaming(null);
          }}
        >
          <label htmlFor={ids.name}>{t('scenario.nameLabel')}</label>
          <input id={ids.name} value={renaming} maxLength={200} onChange={(e) => setRenaming(e.target.value)} ref={nameInput} />
          <button type="submit" className="button primary">
            {t('scenario.save')}
          </button>
          <button type="button" className="button quiet" onClick={() => setRenaming(null)}>
            {t('scenario.cancel')}
          </button>
        </form>
      ) : (
        <div className="actions">
          <button type="button" className="button" onClick={() => setRenaming(scenario.name)}>
            {t('scenario.rename')}
          </button>
          {saved && (
            <button type="button" className="button" disabled={full} onClick={() => navigate(href(['plan', assessmentId, NEW_SCENARIO]), { replace: true })}>
              {t('scenario.new')}
            </button>
          )}
          {saved && (
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                setRemoved(removeScenario(assessmentId, scenario.id));
                navigate(href(['plan', assessmentId]), { replace: true });
              }}
            >
              {t('scenario.delete')}
            </button>
          )}
        </div>
      )}
      {full && <p className="note">{t('scenario.full', { count: MAX_SCENARIOS })}</p>}
      {saved && <p className="note">{t('scenario.saved')}</p>}
      <output className="undo-line">
        {removed && (
          <p className="notice">
            {t('scenario.deleted', { name: removed.name })}{' '}
            <button
              type="button"
              className="button"
              onClick={() => {
                saveScenario(assessmentId, removed);
                setRemoved(null);
                open(removed.id);
              }}
            >
              {t('scenario.undo')}
            </button>
          </p>
        )}
      </output>
    </section>
  );
}, sameBar);
