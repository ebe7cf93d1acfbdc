import { LazyDetails } from '@/components/ui/LazyDetails';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import { useInstrumentText } from '@/lib/i18n/instrument-text';
import { EvidenceList } from './EvidenceList';
import { looseT } from '@/lib/i18n/loose-t';

/**
 * One recommendation: what, how urgent in words, why (the answers that triggered it), next steps and
 * public support; support the firm already uses is acknowledged, not recommended again. Where the
 * gap rests only on "don't know", it says to find out first rather than stating a fact.
 */
export function RecommendationCard({ rec }: { rec: Recommendation }) {
  const { t, i18n } = useTranslation(['results', 'recommendations', 'instrument']);
  const tr = looseT(i18n, i18n.language, 'recommendations');
  const ti = looseT(i18n, i18n.language, 'instrument');
  const text = useInstrumentText();
  const deepen = rec.kind === 'deepen';
  return (
    <li className={`rec card${deepen ? ' deepen' : ''}`} data-rec={rec.id} data-tier={rec.tier}>
      <h4>{tr(rec.text.title)}</h4>
      <p className="rec-meta">
        {deepen ? (
          <span className="badge deepen">{t('results:recommendations.deepenBadge')}</span>
        ) : (
          <span className={`badge tier-${rec.tier}`}>{t(`results:recommendations.tiers.${rec.tier}`)}</span>
        )}
        {rec.basis === 'unknown' && <span className="badge find-out">{t('results:recommendations.findOutBadge')}</span>}
        {rec.onRoadmap && <span className="badge roadmap">{t('results:recommendations.onRoadmap')}</span>}
        <span>{t('results:recommendations.when', { horizon: t(`results:recommendations.horizons.${rec.horizon}`) })}</span>
        <span>{t('results:recommendations.dimension', { dimension: text.section(rec.dimension) })}</span>
        <span>{t('results:recommendations.actor', { actor: t(`results:recommendations.actors.${rec.actor}`) })}</span>
      </p>
      {rec.basis === 'unknown' && <p className="find-out">{t('results:recommendations.findOut')}</p>}
      <LazyDetails summary={t('results:recommendations.why')}>
        <p>{tr(rec.text.why)}</p>
        {rec.why.answers.length > 0 && (
          <>
            <p>{t('results:recommendations.answersBehind')}</p>
            <EvidenceList evidence={rec.why.answers} />
          </>
        )}
        {rec.why.gates.length > 0 && (
          <ul className="evidence">
            {rec.why.gates.map((g) => (
              <li key={g.id}>
                {t('results:recommendations.gateRead', {
                  gate: ti(`gates.${g.id}.title`),
                  status: g.passed ? t('results:ladder.passed') : t('results:ladder.failed'),
                })}
              </li>
            ))}
          </ul>
        )}
      </LazyDetails>
      <h5>{t('results:recommendations.steps')}</h5>
      <ol className="steps">
        {rec.text.steps.map((k) => (
          <li key={k}>{tr(k)}</li>
        ))}
      </ol>
      {rec.support.length > 0 && (
        <LazyDetails className="support-details" summary={t('results:recommendations.supportCount', { count: rec.support.length })}>
          <ul className="support">
            {rec.support.map((s) => (
              <li key={s}>
                <strong>{tr(`support.${s}.name`)}</strong>
                {t('results:recommendations.colon')}
                {tr(`support.${s}.description`)}
              </li>
            ))}
          </ul>
        </LazyDetails>
      )}
      {rec.supportInUse.length > 0 && (
        <p className="in-use">
          <strong>{t('results:recommendations.inUse')}</strong>
          {t('results:recommendations.colon')}
          {rec.supportInUse.map((s) => tr(`support.${s}.name`)).join(t('results:recommendations.listSeparator'))}
        </p>
      )}
    </li>
  );
}
