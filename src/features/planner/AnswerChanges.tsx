import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { instrument } from '@/content/instrument';
import type { Answer, Answers } from '@/domain/assessment/assessment';
import type { Question } from '@/domain/instrument/instrument-schema';
import { SECTIONS } from '@/domain/instrument/vocabulary';
import { useInstrumentText } from '@/lib/i18n/instrument-text';

type Draft = string | string[] | number | '';

/** The value control for one question: a list of its options, ticks for multiple choice, or a number. */
function ValueControl({ q, value, onChange, id, errorId }: { q: Question; value: Draft; onChange: (v: Draft) => void; id: string; errorId: string }) {
  const { t } = useTranslation('planner');
  const text = useInstrumentText();
  if (q.type === 'multi') {
    const list = Array.isArray(value) ? value : [];
    return (
      <fieldset id={id}>
        <legend>{t('answers.value')}</legend>
        {q.options!.map((o) => (
          <label key={o.id} className="choice">
            <input
              type="checkbox"
              checked={list.includes(o.id)}
              onChange={(e) => {
                if (!e.target.checked) return onChange(list.filter((x) => x !== o.id));
                // "None of these" stands alone, as in the questionnaire.
                onChange(o.exclusive ? [o.id] : [...list.filter((x) => !q.options!.find((p) => p.id === x)?.exclusive), o.id]);
              }}
            />
            {text.option(q.id, o.id)}
          </label>
        ))}
      </fieldset>
    );
  }
  if (q.options) {
    return (
      <>
        <label htmlFor={id}>{t('answers.value')}</label>
        <select id={id} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)}>
          <option value="" disabled>
            {t('answers.pick')}
          </option>
          {q.options.map((o) => (
            <option key={o.id} value={o.id}>
              {text.option(q.id, o.id)}
            </option>
          ))}
        </select>
      </>
    );
  }
  const max = q.max ?? (q.type === 'percent' ? 100 : undefined);
  return (
    <>
      <label htmlFor={id}>{t('answers.value')}</label>
      <input id={id} type="number" inputMode="decimal" min={0} max={max} step="any" aria-describedby={errorId} value={typeof value === 'number' ? value : ''} onChange={(e) => onChange(e.target.value === '' ? '' : Number(e.target.value))} />
    </>
  );
}

/** Valid as the questionnaire would save it: an offered option, at least one tick, a number in range. */
function validDraft(q: Question, v: Draft): boolean {
  if (q.type === 'multi') return Array.isArray(v) && v.length > 0;
  if (q.options) return typeof v === 'string' && q.options.some((o) => o.id === v);
  const max = q.max ?? (q.type === 'percent' ? 100 : Number.POSITIVE_INFINITY);
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;
}

/**
 * Changes to answers kept in the scenario only: pick a question, give the answer it would have, apply.
 * The assessment's answers stay as saved; each change can be undone.
 */
interface Props {
  /** The assessment's answers, as saved. */
  answers: Answers;
  /** The answers changed in this scenario. */
  changes: Answers;
  /** The scenario's planned answers now (read when a question is picked, to start from them). */
  plannedAnswer: (questionId: string) => Answer | undefined;
  setAnswer: (questionId: string, value: NonNullable<Answer['value']> | null) => boolean;
}

// Memoised with stable props: ticking an action re-scores the plan without re-rendering this form and its
// list of every question (the costliest part of a click on a phone).
export const AnswerChanges = memo(function AnswerChanges({ answers, changes, plannedAnswer, setAnswer }: Props) {
  const { t } = useTranslation(['planner', 'instrument']);
  const text = useInstrumentText();
  const ids = { question: useId(), value: useId(), error: useId() };
  const [questionId, setQuestionId] = useState('');
  const [draft, setDraft] = useState<Draft>('');
  const [tried, setTried] = useState(false);
  // The questions that score, by section, as the questionnaire lists them.
  const groups = useMemo(
    () => SECTIONS.map((s) => ({ section: s, questions: instrument.questions.filter((q) => q.section === s && (q.weight > 0 || s === 'profile')) })).filter((g) => g.questions.length),
    [],
  );
  const q = instrument.questions.find((x) => x.id === questionId);
  const valueOf = (qid: string, a: Answer | undefined) =>
    a?.dontKnow ? t('instrument:dontKnow') : a?.value === undefined || a.value === '' || (Array.isArray(a.value) && !a.value.length) ? t('planner:answers.unanswered') : text.answer(qid, a.value);
  const changed = Object.entries(changes);
  const invalid = !!q && tried && !validDraft(q, draft);
  return (
    <section className="card" aria-labelledby="plan-answers">
      <h2 id="plan-answers">{t('planner:answers.title')}</h2>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!q || !validDraft(q, draft)) return;
          setAnswer(q.id, draft as string | string[] | number);
          setQuestionId('');
          setDraft('');
          setTried(false);
        }}
      >
        <label htmlFor={ids.question}>{t('planner:answers.question')}</label>
        <select
          id={ids.question}
          value={questionId}
          onChange={(e) => {
            const next = e.target.value;
            setQuestionId(next);
            const current = plannedAnswer(next);
            setDraft(current && !current.dontKnow && current.value !== undefined ? current.value : '');
            setTried(false);
          }}
        >
          <option value="">{t('planner:answers.pick')}</option>
          {groups.map((g) => (
            <optgroup key={g.section} label={text.section(g.section)}>
              {g.questions.map((x) => (
                <option key={x.id} value={x.id}>
                  {text.question(x.id)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {q && (
          <>
            <p className="note">{t('planner:answers.today', { value: valueOf(q.id, answers[q.id]) })}</p>
            <ValueControl q={q} value={draft} onChange={setDraft} id={ids.value} errorId={ids.error} />
            <p id={ids.error} className="field-error" role={invalid ? 'alert' : undefined}>
              {invalid ? t('planner:answers.invalid', { max: q.max ?? 100 }) : ''}
            </p>
            <button type="submit" className="button primary">
              {t('planner:answers.apply')}
            </button>
          </>
        )}
      </form>
      <h3>{t('planner:answers.changed')}</h3>
      {changed.length === 0 ? (
        <p className="note">{t('planner:answers.none')}</p>
      ) : (
        <ul className="plain-list changed-answers">
          {changed.map(([qid, a]) => (
            <li key={qid}>
              <span>
                {t('planner:answers.changedItem', { question: text.question(qid), value: valueOf(qid, a), today: valueOf(qid, answers[qid]) })}
              </span>{' '}
              <button type="button" className="button quiet" onClick={() => setAnswer(qid, null)}>
                {t('planner:answers.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
