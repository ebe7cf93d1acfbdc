import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { instrument } from '@/content/instrument';
import type { Assessment } from '@/domain/assessment/assessment';
import { indexInstrument } from '@/domain/scoring/instrument-index';
import { measureCompleteness } from '@/domain/scoring/score-assessment';
import { visibleQuestions } from '@/domain/scoring/visibility';
import { formatNumber, formatPercent } from '@/lib/format';
import { href } from '@/lib/router/hash-route';
import { RenameForm } from './RenameForm';
import { formatDateTime } from '@/lib/format';

/** Where focus should go inside an item after an action (set by the page, consumed once). */
export interface FocusRequest {
  id: string;
  target: 'heading' | 'rename' | 'delete';
}

interface Props {
  assessment: Assessment;
  /** Short, unambiguous label for buttons and messages (clipped name, or "anonymous … started <date>"). */
  label: string;
  renaming: boolean;
  focus: FocusRequest | null;
  onRenameStart: () => void;
  onRenameSave: (name: string) => void;
  onRenameCancel: () => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

/** Hidden words (after a visible space, which name computation keeps) that make every action's accessible name say which assessment it acts on. */
function Which({ label }: { label: string }) {
  return (
    <span className="sr-only">
      <bdi>{label}</bdi>
    </span>
  );
}

/** One assessment in the list: its name (inert, isolated text), dates, share answered, and every action. */
export function AssessmentItem(props: Props) {
  const { assessment: a, label, renaming, focus } = props;
  const { t, i18n } = useTranslation('library');
  const lng = i18n.language;
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const completeness = useMemo(
    () => measureCompleteness(instrument, a.answers, visibleQuestions(indexInstrument(instrument), a.answers)),
    [a.answers],
  );

  useEffect(() => {
    if (!focus || focus.id !== a.id) return;
    const el = { heading: heading.current, rename: renameButton.current, delete: deleteButton.current }[focus.target];
    el?.focus();
  }, [focus, a.id]);

  return (
    <li className="library-item">
      <article aria-labelledby={`${id}-name`}>
        <h3 ref={heading} id={`${id}-name`} tabIndex={-1} dir="auto" className={`library-name user-text${a.name ? '' : ' anonymous'}`}>
          {a.name || t('anonymous')}
        </h3>
        <p className="library-meta">
          <span>{t('created', { date: formatDateTime(lng, a.createdAt) })}</span>
          <span>{t('updated', { date: formatDateTime(lng, a.updatedAt) })}</span>
        </p>
        <p className="library-meta">
          {t('completeness', {
            share: formatPercent(lng, completeness.answeredShare),
            answered: formatNumber(lng, completeness.answered),
            total: formatNumber(lng, completeness.total),
          })}
          <progress className="library-progress" max={1} value={completeness.answeredShare} aria-hidden="true" />
        </p>
        {renaming && <RenameForm name={a.name} onSave={props.onRenameSave} onCancel={props.onRenameCancel} />}
        <div className="actions library-actions">
          <a className="button primary" href={href(['assess', a.id])}>
            {t('actions.continue')}{' '}
            <Which label={label} />
          </a>
          <a className="button" href={href(['results', a.id])}>
            {t('actions.results')}{' '}
            <Which label={label} />
          </a>
          <a className="button" href={href(['handin', a.id])}>
            {t('actions.handIn')}{' '}
            <Which label={label} />
          </a>
          {!renaming && (
            <button ref={renameButton} type="button" className="button quiet" onClick={props.onRenameStart}>
              {t('actions.rename')}{' '}
              <Which label={label} />
            </button>
          )}
          <button type="button" className="button quiet" onClick={props.onDuplicate}>
            {t('actions.duplicate')}{' '}
            <Which label={label} />
          </button>
          <button type="button" className="button quiet" onClick={props.onExport}>
            {t('actions.export')}{' '}
            <Which label={label} />
          </button>
          <button ref={deleteButton} type="button" className="button quiet" onClick={props.onDelete}>
            {t('actions.delete')}{' '}
            <Which label={label} />
          </button>
        </div>
      </article>
    </li>
  );
}
