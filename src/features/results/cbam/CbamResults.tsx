import { useTranslation } from 'react-i18next';
import type { CbamEstimate, CbamScenario } from '@/domain/cbam/estimate-cbam';
import { PAPER_RANGE_CNY_PER_TONNE } from '@/domain/cbam/cbam-rules';
import { formatCurrency, formatNumber, formatPercent } from '@/lib/format';

type Row = { key: 'emissions' | 'freeAllocation' | 'charged' | 'originDeduction' | 'perTonneEur' | 'perTonneCny' | 'perYearEur' | 'perYearCny'; cell: (s: CbamScenario) => string };

/** The estimate in one sentence: the case the user is in (verified data, or the default value). */
export function CbamHeadline({ estimate }: { estimate: CbamEstimate }) {
  const { t, i18n } = useTranslation('cbam');
  const lng = i18n.language;
  const s = estimate.hasVerifiedData ? estimate.verified : estimate.defaultValue;
  return (
    <p className="cbam-headline">
      {t(estimate.hasVerifiedData ? 'results.summary_verified' : 'results.summary_default', {
        unit: t(`units.${estimate.unit}`),
        perTonneEur: formatCurrency(lng, s.costPerTonneEur, 'EUR', 2),
        perTonneCny: formatCurrency(lng, s.costPerTonneCny, 'CNY', 2),
        perYearEur: formatCurrency(lng, s.costPerYearEur, 'EUR', 0),
        perYearCny: formatCurrency(lng, s.costPerYearCny, 'CNY', 0),
      })}
    </p>
  );
}

/** Verified data beside the marked-up default value, row by row, and what the gap costs a year. */
export function CbamResults({ estimate }: { estimate: CbamEstimate }) {
  const { t, i18n } = useTranslation('cbam');
  const lng = i18n.language;
  const unit = t(`units.${estimate.unit}`);
  const eur = (x: number, digits = 2) => formatCurrency(lng, x, 'EUR', digits);
  const cny = (x: number, digits = 2) => formatCurrency(lng, x, 'CNY', digits);
  const tco2 = (x: number) => formatNumber(lng, x, 4);

  const rows: Row[] = [
    { key: 'emissions', cell: (s) => tco2(s.emissionsPerTonne) },
    { key: 'freeAllocation', cell: () => tco2(estimate.freeAllocationPerTonne) },
    { key: 'charged', cell: (s) => tco2(s.chargedPerTonne) },
    { key: 'originDeduction', cell: (s) => eur(s.originDeductionPerTonneEur) },
    { key: 'perTonneEur', cell: (s) => eur(s.costPerTonneEur) },
    { key: 'perTonneCny', cell: (s) => cny(s.costPerTonneCny) },
    { key: 'perYearEur', cell: (s) => eur(s.costPerYearEur, 0) },
    { key: 'perYearCny', cell: (s) => cny(s.costPerYearCny, 0) },
  ];
  const extra = estimate.extraCostOfDefault;

  return (
    <>
      <div className="cbam-table-wrap">
        <table className="cbam-table">
          <caption>{t('results.tableCaption', { year: estimate.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.figure')}</th>
              <th scope="col">{t(estimate.hasVerifiedData ? 'results.colVerified' : 'results.colVerifiedStandIn')}</th>
              <th scope="col">{t('results.colDefault', { markUp: formatPercent(lng, estimate.markUp) })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {t(`results.rows.${row.key}`, {
                    unit,
                    benchmark: tco2(estimate.benchmark),
                    factor: formatNumber(lng, estimate.cbamFactor, 3),
                  })}
                </th>
                <td>{row.cell(estimate.verified)}</td>
                <td>{row.cell(estimate.defaultValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {extra.perYearEur > 0
          ? t('results.extra', { perYearEur: eur(extra.perYearEur, 0), perYearCny: cny(extra.perYearCny, 0) })
          : t('results.extraNone')}
      </p>
      <p className="cbam-hint">{t('results.notFlatRate')}</p>
      <p className="cbam-hint">
        {t('results.paperRange', {
          low: cny(PAPER_RANGE_CNY_PER_TONNE.low, 0),
          high: cny(PAPER_RANGE_CNY_PER_TONNE.high, 0),
        })}
      </p>
    </>
  );
}
