import { useTranslation } from 'react-i18next';
import type { UpgradeItem } from '@/domain/assessment/assessment';
import { openUpgrade } from '@/domain/assessment/upgrade-status';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { href } from '@/lib/router/hash-route';
import { useAppStore } from '@/lib/store/use-app-store';
import { answersIn, questionIndex, statsOf } from './answer-stats';

/**
 * The review step's account of a questionnaire upgrade: what to answer again, what to check, what is
 * new (each a link to its question), and the earlier answers to questions no longer asked.
 */
export function UpgradeReview({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('questionnaire');
  const text = useInstrumentText();
  const assessment = useAppStore((s) => s.assessments[assessmentId]);
  const visible = useAppStore((s) => statsOf(answersIn(s, assessmentId)).visible);
  const open = assessment ? openUpgrade(assessment, visible) : null;
  if (!open) return null;
  const link = (questionId: string) => {
    const section = questionIndex.byId.get(questionId)?.section;
    return section ? href(['assess', assessmentId, section], { q: questionId }) : null;
  };
  const item = (i: UpgradeItem) => {
    const to = link(i.questionId);
    const earlier = text.earlier(i.from, i.previous);
    return (
      <li key={i.questionId}>
        {to ? <a href={to}>{text.question(i.questionId)}</a> : text.question(i.questionId)}
        <span className="upgrade-earlier">{t('review.upgradeEarlier', { answer: earlier.answer || t('upgrade.noValue') })}</span>
      </li>
    );
  };
  const retired = Object.entries(open.retired);
  return (
    <section className="review-upgrade notice" aria-labelledby="review-upgrade">
      <h2 id="review-upgrade">{t('review.upgradeTitle', { version: open.to })}</h2>
      <p>{t('review.upgradeIntro', { from: open.from, to: open.to })}</p>
      {open.review.length > 0 && (
        <>
          <h3>{t('review.upgradeReview')}</h3>
          <ul>{open.review.map(item)}</ul>
        </>
      )}
      {open.check.length > 0 && (
        <>
          <h3>{t('review.upgradeCheck')}</h3>
          <ul>{open.check.map(item)}</ul>
        </>
      )}
      {open.added.length > 0 && (
        <>
          <h3>{t('review.upgradeAdded')}</h3>
          <ul>
            {open.added.map((id) => {
              const to = link(id);
              return <li key={id}>{to ? <a href={to}>{text.question(id)}</a> : text.question(id)}</li>;
            })}
          </ul>
        </>
      )}
      {retired.length > 0 && (
        <details>
          <summary>{t('review.upgradeRetired')}</summary>
          <ul>
            {retired.map(([id, a]) => {
              const earlier = text.earlier(id, a);
              return (
                <li key={id}>
                  {earlier.question} — {earlier.answer || t('upgrade.noValue')}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}
