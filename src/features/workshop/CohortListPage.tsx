import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/PageTitle';
import { formatDate } from '@/lib/format';
import { href, navigate } from '@/lib/router/hash-route';
import { cohortStore, useCohorts } from './cohort-store';
import { CohortStorageNotice } from './StorageNotice';
import { clipLabel, isolate } from '@/lib/user-text';

function CreateCohort() {
  const { t } = useTranslation('workshop');
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = name.trim();
    if (!clean) return setError(true);
    const cohortId = cohortStore().getState().create(clean.slice(0, 200), Date.now());
    navigate(href(['workshop', cohortId, 'firms']));
  };
  return (
    <form className="card stack create-cohort" onSubmit={submit} noValidate aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('create.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('create.name')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('create.hint')}
        </p>
        <input
          id={`${id}-name`}
          type="text"
          dir="auto"
          maxLength={200}
          value={name}
          aria-describedby={error ? `${id}-hint ${id}-err` : `${id}-hint`}
          aria-invalid={error || undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(false);
          }}
        />
        {error && (
          <p id={`${id}-err`} className="field-error">
            {t('create.required')}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="button primary">
          {t('create.submit')}
        </button>
      </div>
    </form>
  );
}

function CohortRow({ id }: { id: string }) {
  const { t, i18n } = useTranslation('workshop');
  const cohort = useCohorts((s) => s.cohorts[id]);
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const del = useRef<HTMLButtonElement>(null);
  // Focus follows the question: onto the safe choice when it is asked, back to Delete when cancelled.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (confirming === false) del.current?.focus();
  }, [confirming]);
  if (!cohort) return null;
  const name = isolate(clipLabel(cohort.name, 80));
  return (
    <li className="cohort-row">
      <div>
        <a href={href(['workshop', id])} className="cohort-name" dir="auto">
          {cohort.name}
        </a>
        <p className="meta">
          {t('cohorts.firms', { count: cohort.members.length })} · {t('cohorts.created', { date: formatDate(i18n.language, cohort.createdAt) })}
        </p>
      </div>
      {confirming ? (
        <div className="confirm">
          <p>{t('cohorts.confirm', { name })}</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={() => cohortStore().getState().remove(id)}>
              {t('cohorts.confirmDelete')}
            </button>
            <button ref={cancel} type="button" className="button quiet" onClick={() => setConfirming(false)}>
              {t('cohorts.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={del} type="button" className="button quiet" aria-label={t('cohorts.deleteLabel', { name })} onClick={() => setConfirming(true)}>
          {t('cohorts.delete')}
        </button>
      )}
    </li>
  );
}

/** The cohorts kept in this browser, newest first, the way a workshop runs, and a form for a new cohort. */
export function CohortListPage() {
  const { t } = useTranslation('workshop');
  const ids = useCohorts((s) =>
    Object.values(s.cohorts)
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((c) => c.id)
      .join('\n'),
  );
  const list = ids ? ids.split('\n') : [];
  return (
    <div className="stack workshop">
      <PageTitle>{t('title')}</PageTitle>
      <CohortStorageNotice />
      <p className="lead">{t('intro')}</p>
      <section className="card" aria-labelledby="journey-title">
        <h2 id="journey-title">{t('journey.title')}</h2>
        <ol className="journey">
          <li>{t('journey.share')}</li>
          <li>
            {t('journey.assess')} {t('journey.quick')} <a href={href(['assess', 'quick'])}>{t('journey.quickLink')}</a>
          </li>
          <li>{t('journey.gather')}</li>
          <li>{t('journey.discuss')}</li>
          <li>{t('journey.takeAway')}</li>
        </ol>
      </section>
      <CreateCohort />
      <section aria-labelledby="cohorts-title">
        <h2 id="cohorts-title">{t('cohorts.title')}</h2>
        {list.length === 0 ? (
          <p>{t('cohorts.empty')}</p>
        ) : (
          <ul className="cohort-list" aria-labelledby="cohorts-title">
            {list.map((id) => (
              <CohortRow key={id} id={id} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
