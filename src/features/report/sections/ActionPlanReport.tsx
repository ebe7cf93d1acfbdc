import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import { formatNumber } from '@/lib/format';
import { instrumentText } from '@/lib/i18n/instrument-text';
import type { Language } from '@/lib/i18n/languages';
import { InLanguages } from '../InLanguages';
import { looseT } from '@/lib/i18n/loose-t';
import { listSeparator, wordGap } from '../typography';

function PlanHead({ lng, count }: { lng: Language; count: number }) {
  const { t } = useTranslation('report', { lng });
  return (
    <>
      <h2>{t('plan.title')}</h2>
      <p>{count > 0 ? t('plan.intro', { count }) : t('plan.none')}</p>
    </>
  );
}

function Action({ lng, rec, rank }: { lng: Language; rec: Recommendation; rank: number }) {
  const { t, i18n } = useTranslation(['report', 'instrument', 'questions', 'recommendations'], { lng });
  const tr = looseT(i18n, lng, 'recommendations');
  const text = useMemo(() => instrumentText(i18n, lng), [i18n, lng]);
  return (
    <div className="rp-action" data-rec={rec.id}>
      <h3>
        <span className="rp-rank">{formatNumber(lng, rank)}.</span> {tr(rec.text.title)}
      </h3>
      <p className="rp-action-meta">
        {[
          t('plan.priority', { value: formatNumber(lng, rec.priority, 1) }),
          t('plan.horizon', { horizon: t(`plan.horizons.${rec.horizon}`) }),
          t('plan.actor', { actor: t(`plan.actors.${rec.actor}`) }),
          t('plan.dimension', { dimension: text.section(rec.dimension) }),
        ].join(' · ')}
      </p>
      <p>
        <span className="rp-label">{t('colon', { label: t('plan.why') })}</span>
        {wordGap(lng)}
        {tr(rec.text.why)}
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
    </div>
  );
}

/** The top recommendations as an action plan: priority, horizon, who acts, why, next steps, public support. */
export function ActionPlanReport({ plan, langs }: { plan: Recommendation[]; langs: Language[] }) {
  const [first, ...rest] = plan;
  return (
    <section className="rp-section rp-plan">
      {/* The heading travels with the first action, never alone at the foot of a page. */}
      <div className="rp-keep">
        <InLanguages langs={langs}>{(lng) => <PlanHead lng={lng} count={plan.length} />}</InLanguages>
        {first && <InLanguages langs={langs}>{(lng) => <Action lng={lng} rec={first} rank={1} />}</InLanguages>}
      </div>
      {rest.map((rec, i) => (
        <InLanguages key={rec.id} langs={langs}>
          {(lng) => <Action lng={lng} rec={rec} rank={i + 2} />}
        </InLanguages>
      ))}
    </section>
  );
}
