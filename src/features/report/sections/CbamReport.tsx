import { useTranslation } from 'react-i18next';
import type { CbamEstimate, CbamScenario } from '@/domain/cbam/estimate-cbam';
import { formatAmount } from '@/lib/format';
import type { Language } from '@/lib/i18n/languages';
import { InLanguages } from '../InLanguages';
import type { CbamSummary } from '../report-data';
import { wordGap } from '../typography';

type CostKey = 'costPerTonneEur' | 'costPerTonneCny' | 'costPerYearEur' | 'costPerYearCny';
type ExtraKey = keyof CbamEstimate['extraCostOfDefault'];
const ROWS: { key: CostKey; extra: ExtraKey; row: 'perTonneEur' | 'perTonneCny' | 'perYearEur' | 'perYearCny'; currency: 'EUR' | 'CNY'; digits: number }[] = [
  { key: 'costPerTonneEur', extra: 'perTonneEur', row: 'perTonneEur', currency: 'EUR', digits: 2 },
  { key: 'costPerTonneCny', extra: 'perTonneCny', row: 'perTonneCny', currency: 'CNY', digits: 2 },
  { key: 'costPerYearEur', extra: 'perYearEur', row: 'perYearEur', currency: 'EUR', digits: 0 },
  { key: 'costPerYearCny', extra: 'perYearCny', row: 'perYearCny', currency: 'CNY', digits: 0 },
];

/** "731815" → "7318 15". */
const cn = (code: string) => [code.slice(0, 4), code.slice(4, 6), code.slice(6, 8), code.slice(8, 10)].filter(Boolean).join(' ');

function Estimate({ lng, summary, estimate }: { lng: Language; summary: CbamSummary; estimate: CbamEstimate }) {
  const { t } = useTranslation(['report', 'cbam'], { lng });
  const unit = t(`cbam:units.${estimate.unit}`);
  const money = (s: CbamScenario, r: (typeof ROWS)[number]) => formatAmount(lng, s[r.key], r.digits, r.currency);
  const quantity = `${formatAmount(lng, estimate.tonnesPerYear, 3)}${wordGap(lng)}${t(`cbam:units.quantity_${estimate.unit}`)}`;
  const code = cn(summary.code ?? '');
  const extra = estimate.extraCostOfDefault;
  const basis =
    summary.basis === 'family' && summary.familyId
      ? t('cbam.basisFamily', { family: t(`cbam:families.${summary.familyId}` as 'cbam:families.fasteners'), code, quantity })
      : t('cbam.basisFallback', { sector: t(`cbam:sectors.${estimate.sector}` as 'cbam:sectors.iron_steel'), code, quantity });
  let threshold: string;
  if (!estimate.deMinimis.applies) threshold = t('cbam:deMinimis.never', { sector: t(`cbam:sectors.${estimate.sector}` as 'cbam:sectors.iron_steel') });
  else threshold = t(estimate.deMinimis.exempt ? 'cbam:deMinimis.exempt' : 'cbam:deMinimis.notExempt', { quantity });
  const cols = [t('cbam:results.colVerifiedStandIn'), t('cbam:results.colDefault'), t('cbam:results.colDifference')];
  return (
    <>
      <p>
        {basis}
        {!summary.tonnesFromProfile && `${wordGap(lng)}${t('cbam.tonnesAssumed')}`}
      </p>
      <table className="rp-table rp-cbam-table">
        <caption>{t('cbam:results.tableCaption', { year: estimate.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cbam:results.figure')}</th>
            {cols.map((c) => (
              <th key={c} scope="col" className="num">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.key}>
              <th scope="row">{t(`cbam:results.rows.${r.row}`, { unit })}</th>
              <td className="num">{money(estimate.verified, r)}</td>
              <td className="num">{money(estimate.defaultValue, r)}</td>
              <td className="num">{formatAmount(lng, extra[r.extra], r.digits, r.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {extra.perYearEur > 0
          ? t('cbam:results.extra', { perYearEur: formatAmount(lng, extra.perYearEur, 0, 'EUR'), perYearCny: formatAmount(lng, extra.perYearCny, 0, 'CNY') })
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
          quarter: summary.quarter,
          price: formatAmount(lng, estimate.certificatePriceEur, 2, 'EUR'),
          rate: formatAmount(lng, summary.cnyPerEur, 2),
        })}
      </p>
    </>
  );
}

function Cbam({ lng, summary }: { lng: Language; summary: CbamSummary }) {
  const { t } = useTranslation(['report', 'cbam'], { lng });
  let body;
  if (!summary.estimate) body = <p>{t('cbam.noProduct')}</p>;
  else if (!summary.estimate.ok) body = <p>{t('cbam.invalid')}</p>;
  else body = <Estimate lng={lng} summary={summary} estimate={summary.estimate} />;
  return (
    <>
      <h2>
        {t('cbam.title')} <span className="rp-badge">{t('cbam:estimateBadge')}</span>
      </h2>
      {body}
      <p className="rp-note">{t('cbam:disclaimer')}</p>
    </>
  );
}

/** The CBAM estimate from the profile at official values: the default value beside the stand-in without mark-up, labelled as an estimate. */
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
