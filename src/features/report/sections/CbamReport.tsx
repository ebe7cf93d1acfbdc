import { useTranslation } from 'react-i18next';
import type { CbamEstimate, CbamScenario } from '@/domain/cbam/estimate-cbam';
import { formatCurrency, formatNumber, formatPercent } from '@/lib/format';
import type { Language } from '@/lib/i18n/languages';
import { InLanguages } from '../InLanguages';
import type { CbamSummary } from '../report-data';
import { wordGap } from '../typography';

type CostKey = 'costPerTonneEur' | 'costPerTonneCny' | 'costPerYearEur' | 'costPerYearCny';
const ROWS: { key: CostKey; row: 'perTonneEur' | 'perTonneCny' | 'perYearEur' | 'perYearCny'; currency: 'EUR' | 'CNY'; digits: number }[] = [
  { key: 'costPerTonneEur', row: 'perTonneEur', currency: 'EUR', digits: 2 },
  { key: 'costPerTonneCny', row: 'perTonneCny', currency: 'CNY', digits: 2 },
  { key: 'costPerYearEur', row: 'perYearEur', currency: 'EUR', digits: 0 },
  { key: 'costPerYearCny', row: 'perYearCny', currency: 'CNY', digits: 0 },
];

function Estimate({ lng, summary, estimate }: { lng: Language; summary: CbamSummary; estimate: CbamEstimate }) {
  const { t } = useTranslation(['report', 'cbam'], { lng });
  const unit = t(`cbam:units.${estimate.unit}`);
  const money = (s: CbamScenario, r: (typeof ROWS)[number]) => formatCurrency(lng, s[r.key], r.currency, r.digits);
  const quantity = `${formatNumber(lng, estimate.tonnesPerYear, 2)} ${t(`cbam:units.quantity_${estimate.unit}`)}`;
  const extra = estimate.extraCostOfDefault;
  let threshold: string;
  if (!estimate.deMinimis.applies) threshold = t('cbam:deMinimis.never', { sector: t(`cbam:sectors.${estimate.sector}`) });
  else threshold = t(estimate.deMinimis.exempt ? 'cbam:deMinimis.exempt' : 'cbam:deMinimis.notExempt', { quantity });
  return (
    <>
      <p>
        {t('cbam.basis', { sector: t(`cbam:sectors.${summary.sector}`), quantity })}
        {!summary.sectorFromProfile && `${wordGap(lng)}${t('cbam.sectorAssumed')}`}
        {!summary.tonnesFromProfile && `${wordGap(lng)}${t('cbam.tonnesAssumed')}`}
      </p>
      <table className="rp-table rp-cbam-table">
        <caption>{t('cbam:results.tableCaption', { year: estimate.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cbam:results.figure')}</th>
            <th scope="col" className="num">
              {t(estimate.hasVerifiedData ? 'cbam:results.colVerified' : 'cbam:results.colVerifiedStandIn')}
            </th>
            <th scope="col" className="num">
              {t('cbam:results.colDefault', { markUp: formatPercent(lng, estimate.markUp) })}
            </th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.key}>
              <th scope="row">{t(`cbam:results.rows.${r.row}`, { unit })}</th>
              <td className="num">{money(estimate.verified, r)}</td>
              <td className="num">{money(estimate.defaultValue, r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {extra.perYearEur > 0
          ? t('cbam:results.extra', { perYearEur: formatCurrency(lng, extra.perYearEur, 'EUR'), perYearCny: formatCurrency(lng, extra.perYearCny, 'CNY') })
          : t('cbam:results.extraNone')}
      </p>
      <p>
        <span className="rp-label">{t('colon', { label: t('cbam:deMinimis.title') })}</span>
        {wordGap(lng)}
        {t('cbam:deMinimis.explain')}
        {wordGap(lng)}
        {threshold}
      </p>
      <p className="rp-note">
        {t('cbam.assumptions', {
          year: estimate.year,
          price: formatCurrency(lng, estimate.certificatePriceEur, 'EUR', 2),
          rate: formatNumber(lng, summary.cnyPerEur, 2),
        })}
      </p>
    </>
  );
}

function Cbam({ lng, summary }: { lng: Language; summary: CbamSummary }) {
  const { t } = useTranslation(['report', 'cbam'], { lng });
  return (
    <>
      <h2>
        {t('cbam.title')} <span className="rp-badge">{t('cbam:estimateBadge')}</span>
      </h2>
      {summary.estimate.ok ? <Estimate lng={lng} summary={summary} estimate={summary.estimate} /> : <p>{t('cbam.invalid')}</p>}
      <p className="rp-note">{t('cbam:disclaimer')}</p>
    </>
  );
}

/** The CBAM exposure estimate from the profile, verified data beside the default value, labelled as an estimate. */
export function CbamReport({ summary, langs }: { summary: CbamSummary; langs: Language[] }) {
  return (
    <section className="rp-section rp-cbam">
      {/* Short enough to keep whole, so the two languages' tables stay level. */}
      <InLanguages langs={langs} className="rp-keep">
        {(lng) => <Cbam lng={lng} summary={summary} />}
      </InLanguages>
    </section>
  );
}
