import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@/domain/assessment/assessment';
import { formatDate } from '@/lib/format';
import { useAppStore } from '@/lib/store/use-app-store';

/** Assessments made on this computer, as a checkbox list; the selected ones join the cohort as copies. */
export function DeviceAssessments({ inCohort, onAdd }: { inCohort: ReadonlySet<string>; onAdd: (list: Assessment[]) => void }) {
  const { t, i18n } = useTranslation('workshop');
  const all = useAppStore((s) => s.assessments);
  const list = Object.values(all).sort((a, b) => b.updatedAt - a.updatedAt);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [nothing, setNothing] = useState(false);
  const id = useId();
  const lng = i18n.language;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = list.filter((a) => selected.has(a.id) && !inCohort.has(a.id));
    if (chosen.length === 0) return setNothing(true);
    onAdd(chosen);
    setSelected(new Set());
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('gather.deviceTitle')}</h2>
      <p>{t('gather.deviceHint')}</p>
      {list.length === 0 ? (
        <p>{t('gather.deviceEmpty')}</p>
      ) : (
        <form onSubmit={submit} className="stack">
          <fieldset className="device-list">
            <legend className="sr-only">{t('gather.deviceTitle')}</legend>
            {list.map((a) => {
              const already = inCohort.has(a.id);
              return (
                <label key={a.id} className="check">
                  <input
                    type="checkbox"
                    disabled={already}
                    checked={already || selected.has(a.id)}
                    onChange={(e) => {
                      const next = new Set(selected);
                      if (e.currentTarget.checked) next.add(a.id);
                      else next.delete(a.id);
                      setSelected(next);
                      setNothing(false);
                    }}
                  />
                  <span>
                    {a.name ? (
                      <>
                        <span dir="auto">{a.name}</span> · {t('gather.deviceUpdated', { date: formatDate(lng, a.updatedAt) })}
                      </>
                    ) : (
                      t('gather.deviceAnonymous', { date: formatDate(lng, a.updatedAt) })
                    )}
                    {already && <span className="tag"> {t('gather.inCohort')}</span>}
                  </span>
                </label>
              );
            })}
          </fieldset>
          {nothing && <p className="field-error">{t('gather.nothingSelected')}</p>}
          <div className="actions">
            <button type="submit" className="button">
              {t('gather.addSelected')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
