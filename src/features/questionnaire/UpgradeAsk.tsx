import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { upgradeAskFor } from '@/domain/assessment/upgrade-status';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { appStore, useAppStore } from '@/lib/store/use-app-store';

/**
 * Beside a question touched by a questionnaire upgrade: "new", "answer again" with the earlier answer
 * that could not be carried over, or "check" with the earlier answer that was; the user may keep a
 * carried answer as it is. Gone once the question is answered again.
 */
export function UpgradeAsk({ assessmentId, questionId }: { assessmentId: string; questionId: string }) {
  const { t } = useTranslation('questionnaire');
  const text = useInstrumentText();
  // The selector returns a primitive, so an answer elsewhere on the step does not re-render this; the item
  // itself (the earlier answer) only changes with its kind.
  const kind = useAppStore((s) => upgradeAskFor(s.assessments[assessmentId], questionId)?.kind ?? null);
  const ask = useMemo(() => (kind ? upgradeAskFor(appStore.getState().assessments[assessmentId], questionId) : null), [kind, assessmentId, questionId]);
  const keep = useAppStore((s) => s.keepCarriedAnswer);
  if (!ask) return null;
  if (ask.kind === 'added') return <p className="upgrade-ask added"><span className="badge upgrade">{t('upgrade.badgeAdded', { version: ask.to })}</span></p>;
  const earlier = text.earlier(ask.item.from, ask.item.previous);
  return (
    <div className={`upgrade-ask ${ask.kind}`} data-upgrade={ask.kind}>
      <p>
        <span className="badge upgrade">{t(ask.kind === 'review' ? 'upgrade.badgeReview' : 'upgrade.badgeCheck')}</span>{' '}
        {t(ask.kind === 'review' ? 'upgrade.reviewExplain' : 'upgrade.checkExplain', { version: ask.to })}
      </p>
      <p className="upgrade-earlier">{t('upgrade.earlier', { question: earlier.question, answer: earlier.answer || t('upgrade.noValue') })}</p>
      {ask.kind === 'check' && (
        <button type="button" className="button quiet" onClick={() => keep(assessmentId, questionId)}>
          {t('upgrade.keep')}
        </button>
      )}
    </div>
  );
}
