import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Roadmap } from '@/domain/planner/roadmap';
import { formatNumber } from '@/lib/format';
import { instrumentText } from '@/lib/i18n/instrument-text';
import type { Language } from '@/lib/i18n/languages';
import { changeLines, targetName, verificationText } from '@/lib/i18n/plan-text';
import { InLanguages } from '../InLanguages';
import { looseT } from '@/lib/i18n/loose-t';
import type { PlannedAction } from '../report-data';
import { listSeparator, wordGap } from '../typography';

function PlanHead({ lng, count, roadmap }: { lng: Language; count: number; roadmap: Roadmap | null }) {
  const { t, i18n } = useTranslation(['report', 'results', 'instrument', 'questions'], { lng });
  const text = useMemo(() => instrumentText(i18n, lng), [i18n, lng]);
  return (
    <>
      <h2>{t('plan.title')}</h2>
      <p>{count > 0 ? t('plan.intro', { count }) : t('plan.none')}</p>
      {roadmap && (
        <p className="rp-verify" data-reached={roadmap.reached}>
          <span className="rp-label">{t('plan.target', { target: targetName(i18n, roadmap.target, lng) })}</span>
          {wordGap(lng)}
          {verificationText(i18n, roadmap.target, roadmap.reached, roadmap.actions.length, roadmap.missing, text.question, lng)}
        </p>
      )}
    </>
  );
}

function Action({ lng, item, rank }: { lng: Language; item: PlannedAction; rank: number }) {
  const { t, i18n } = useTranslation(['report', 'instrument', 'questions', 'recommendations', 'results'], { lng });
  const tr = looseT(i18n, lng, 'recommendations');
  const text = useMemo(() => instrumentText(i18n, lng), [i18n, lng]);
  const { rec, change } = item;
  return (
    <div className="rp-action" data-rec={rec.id}>
      <h3>
        <span className="rp-rank">{formatNumber(lng, rank)}.</span> {tr(rec.text.title)}
      </h3>
      <p className="rp-action-meta">
        {[
          rec.kind === 'deepen' ? t('plan.deepen') : t(`plan.tiers.${rec.tier}`),
          t('plan.horizon', { horizon: t(`plan.horizons.${rec.horizon}`) }),
          t('plan.actor', { actor: t(`plan.actors.${rec.actor}`) }),
          t('plan.dimension', { dimension: text.section(rec.dimension) }),
        ].join(' · ')}
      </p>
      {rec.basis === 'unknown' && <p className="rp-note">{t('plan.findOut')}</p>}
      <p>
        <span className="rp-label">{t('colon', { label: t('plan.why') })}</span>
        {wordGap(lng)}
        {tr(rec.text.why)}
      </p>
      <p>
        <span className="rp-label">{t('colon', { label: t('plan.changes') })}</span>
        {wordGap(lng)}
        {changeLines(i18n, rec, change, text.section(rec.dimension), lng).join(listSeparator(lng))}
      </p>
      <p className="rp-label">{t('plan.steps')}</p>
      <ol className="rp-next-steps">
        {rec.text.steps.map((k) => (
          <li key={k}>{tr(k)}</li>
        ))}
      </ol>
      {rec.support.length > 0 && (
        <p className="rp-support">
          <span className="rp-label">{t('colon', { label: t('plan.support') })}</span>
          {wordGap(lng)}
          {rec.support.map((s) => tr(`support.${s}.name`)).join(listSeparator(lng))}
        </p>
      )}
      {rec.supportInUse.length > 0 && (
        <p className="rp-support">
          <span className="rp-label">{t('colon', { label: t('plan.inUse') })}</span>
          {wordGap(lng)}
          {rec.supportInUse.map((s) => tr(`support.${s}.name`)).join(listSeparator(lng))}
        </p>
      )}
    </div>
  );
}

/**
 * The top recommendations as an action plan, in the results page's order: priority in words, what each
 * changes (re-scored), why, next steps, public support; with a target, the roadmap and its verification.
 */
export function ActionPlanReport({ actions, roadmap, langs }: { actions: PlannedAction[]; roadmap: Roadmap | null; langs: Language[] }) {
  const [first, ...rest] = actions;
  return (
    <section className="rp-section rp-plan">
      {/* The heading travels with the first action, never alone at the foot of a page. */}
      <div className="rp-keep">
        <InLanguages langs={langs}>{(lng) => <PlanHead lng={lng} count={actions.length} roadmap={roadmap} />}</InLanguages>
        {first && <InLanguages langs={langs}>{(lng) => <Action lng={lng} item={first} rank={1} />}</InLanguages>}
      </div>
      {rest.map((item, i) => (
        <InLanguages key={item.rec.id} langs={langs}>
          {(lng) => <Action lng={lng} item={item} rank={i + 2} />}
        </InLanguages>
      ))}
    </section>
  );
}
