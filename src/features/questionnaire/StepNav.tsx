import { memo, useCallback, useState, type MouseEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { answersIn, statsOf } from './answer-stats';
import { asTextFn, sectionTitle } from './instrument-text';
import { formatNumber } from '@/lib/format';
import { STEPS, isSectionStep, type StepId } from './steps';

const WIDE = '(min-width: 64rem)';

interface Props {
  assessmentId: string;
  step: StepId;
  /** The open step's way of leaving (it may first point out problems); null on the review. */
  leave: RefObject<((to: string) => void) | null>;
}

interface LinkProps {
  assessmentId: string;
  step: StepId;
  position: number;
  current: boolean;
  /** Answered and shown questions of the step; null for the review. */
  tally: { answered: number; total: number } | null;
  onJump: (e: MouseEvent<HTMLAnchorElement>, to: string) => void;
}

// One row per step, re-rendered only when its own figures change: an answer touches one row.
const StepLink = memo(
  function StepLink({ assessmentId, step, position, current, tally, onJump }: LinkProps) {
    const { t: rawT, i18n } = useTranslation(['questionnaire', 'instrument', 'questions']);
    const t = asTextFn(rawT);
    const lng = i18n.language;
    const to = href(['assess', assessmentId, step]);
    const done = tally !== null && tally.answered === tally.total;
    return (
      <li className={done ? 'done' : undefined}>
        <a href={to} aria-current={current ? 'step' : undefined} onClick={(e) => onJump(e, to)}>
          <span className="step-number" aria-hidden="true">
            {formatNumber(lng, position)}
          </span>
          <span className="step-name">{isSectionStep(step) ? sectionTitle(t, step) : t('review.title')}</span>
          {tally && (
            <>
              <span className="step-tally" aria-hidden="true">
                {formatNumber(lng, tally.answered)}/{formatNumber(lng, tally.total)}
              </span>
              <span className="sr-only">
                {t('steps.tally', { answered: formatNumber(lng, tally.answered), total: formatNumber(lng, tally.total) })}
              </span>
            </>
          )}
        </a>
      </li>
    );
  },
  (a, b) =>
    a.assessmentId === b.assessmentId &&
    a.step === b.step &&
    a.current === b.current &&
    a.onJump === b.onJump &&
    a.tally?.answered === b.tally?.answered &&
    a.tally?.total === b.tally?.total,
);

/** Every step, to jump to any of them, with how many of its questions are answered. */
export function StepNav({ assessmentId, step, leave }: Props) {
  const { t } = useTranslation('questionnaire');
  // A string, so that the list re-renders when a tally changes, not on every answer.
  const tallies = useAppStore((s) => statsOf(answersIn(s, assessmentId)).tallies).split(' ');
  // Open beside the questions on a wide screen; folded above them on a phone.
  const [open, setOpen] = useState(() => typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches);

  const onJump = useCallback(
    (e: MouseEvent<HTMLAnchorElement>, to: string) => {
      if (!leave.current || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      leave.current(to);
    },
    [leave],
  );

  return (
    <nav className="step-nav" aria-label={t('steps.label')}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('steps.summary')}</summary>
        <ol>
          {STEPS.map((s, i) => {
            const [answered, total] = (tallies[i] ?? '').split('/').map(Number);
            return (
              <StepLink
                key={s}
                assessmentId={assessmentId}
                step={s}
                position={i + 1}
                current={s === step}
                tally={isSectionStep(s) && answered !== undefined && total !== undefined ? { answered, total } : null}
                onJump={onJump}
              />
            );
          })}
        </ol>
      </details>
    </nav>
  );
}
