import { useTranslation } from 'react-i18next';
import { instrument } from '@/content/instrument';
import { RUNGS } from '@/domain/instrument/vocabulary';
import { AXES } from '@/domain/instrument/vocabulary';
import { formatNumber, formatPercent } from '@/lib/format';
import type { Language } from '@/lib/i18n/languages';
import { InLanguages } from '../InLanguages';
import { axisFormula } from '../axis-formula';
import { looseT } from '@/lib/i18n/loose-t';
import { listSeparator, wordGap } from '../typography';

function Method({ lng }: { lng: Language }) {
  const { t, i18n } = useTranslation(['report', 'instrument'], { lng });
  const ti = looseT(i18n, lng, 'instrument');
  const tl = looseT(i18n, lng, 'report');
  const profileCount = instrument.questions.filter((q) => q.section === 'profile').length;
  return (
    <>
      <h2>{t('method.title')}</h2>
      <p>{t('method.intro')}</p>
      <h3>{t('method.questionsTitle')}</h3>
      <p>
        {t('method.questions', { count: instrument.questions.length, profile: profileCount })}
        {wordGap(lng)}
        {t('method.credit')}
      </p>
      <p>{t('method.dimension')}</p>
      <h3>{t('method.ladderTitle')}</h3>
      <p>{t('method.ladder')}</p>
      <ul className="rp-method-rungs">
        {RUNGS.slice(1).map((r) => (
          <li key={r}>
            <strong>{t('colon', { label: ti(`rungs.${r}.name`) })}</strong>
            {wordGap(lng)}
            {instrument.gates
              .filter((g) => g.rung === r)
              .map((g) => ti(`gates.${g.id}.title`))
              .join(listSeparator(lng))}
          </li>
        ))}
      </ul>
      <h3>{t('method.axesTitle')}</h3>
      <ul className="rp-formulas">
        {AXES.map((a) => (
          <li key={a}>
            <span className="rp-formula">{axisFormula(a, lng, ti, tl)}</span>
            {wordGap(lng)}
            {t('method.axisName', { name: ti(`axes.${a}.name`) })}
          </li>
        ))}
      </ul>
      <p>{t('method.quadrants', { strong: instrument.strongAxis, balanced: formatNumber(lng, instrument.balancedLean, 2) })}</p>
      <h3>{t('method.completenessTitle')}</h3>
      <p>{t('method.completeness', { threshold: formatPercent(lng, instrument.minAnsweredShare) })}</p>
      <h3>{t('method.planTitle')}</h3>
      <p>{t('method.plan')}</p>
      <h3>{t('method.limitsTitle')}</h3>
      <p>{t('method.limits')}</p>
      <h3>{t('method.sourceTitle')}</h3>
      <p>{t('method.source', { version: instrument.version })}</p>
    </>
  );
}

/** One page on the method: partial credit, gates, the two axes' formulas, completeness, limits and the source paper. */
export function MethodReport({ langs }: { langs: Language[] }) {
  return (
    <section className="rp-section rp-method">
      <InLanguages langs={langs}>{(lng) => <Method lng={lng} />}</InLanguages>
    </section>
  );
}
