import { useTranslation } from 'react-i18next';
import type { CbamEstimate } from '@/domain/cbam/estimate-cbam';
import { CBAM } from './cbam-data';
import { money, num } from './cbam-format';

type CostKey = 'costPerTonneEur' | 'costPerTonneCny' | 'costPerYearEur' | 'costPerYearCny';
const ROWS: { key: CostKey; extra: keyof CbamEstimate['extraCostOfDefault']; row: string; currency: 'EUR' | 'CNY'; digits: number }[] = [
  { key: 'costPerTonneEur', extra: 'perTonneEur', row: 'perTonneEur', currency: 'EUR', digits: 2 },
  { key: 'costPerTonneCny', extra: 'perTonneCny', row: 'perTonneCny', currency: 'CNY', digits: 2 },
  { key: 'costPerYearEur', extra: 'perYearEur', row: 'perYearEur', currency: 'EUR', digits: 0 },
  { key: 'costPerYearCny', extra: 'perYearCny', row: 'perYearCny', currency: 'CNY', digits: 0 },
];

/** The estimate in one sentence: the case the user is in (verified data, or the EU default value). */
export function CbamHeadline({ estimate }: { estimate: CbamEstimate }) {
  const { t, i18n } = useTranslation('cbam');
  const lng = i18n.language;
  const s = estimate.hasVerifiedData ? estimate.verified : estimate.defaultValue;
  return (
    <p className="cbam-headline">
      {t(estimate.hasVerifiedData ? 'results.summary_verified' : 'results.summary_default', {
        unit: t(`units.${estimate.unit}`),
        perTonneEur: money(lng, s.costPerTonneEur, 'EUR', 2),
        perTonneCny: money(lng, s.costPerTonneCny, 'CNY', 2),
        perYearEur: money(lng, s.costPerYearEur, 'EUR', 0),
        perYearCny: money(lng, s.costPerYearCny, 'CNY', 0),
      })}
    </p>
  );
}

/**
 * Own verified data beside the EU default value, per unit and per year, in EUR and CNY, and the difference:
 * what the lack of carbon accounting costs. On narrow screens each row stacks, every cell labelled by its column.
 */
export function CbamResults({ estimate }: { estimate: CbamEstimate }) {
  const { t, i18n } = useTranslation('cbam');
  const lng = i18n.language;
  const unit = t(`units.${estimate.unit}`);
  const extra = estimate.extraCostOfDefault;
  const cols = [
    t(estimate.hasVerifiedData ? 'results.colVerified' : 'results.colVerifiedStandIn'),
    t('results.colDefault'),
    t('results.colDifference'),
  ] as const;
  const range = CBAM.constants.paperRange;

  return (
    <>
      <table className="cbam-table cbam-stack">
        <caption>{t('results.tableCaption', { year: estimate.year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.figure')}</th>
            {cols.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.key}>
              <th scope="row">{t(`results.rows.${r.row}` as 'results.rows.perTonneEur', { unit })}</th>
              <td data-label={cols[0]}>{money(lng, estimate.verified[r.key], r.currency, r.digits)}</td>
              <td data-label={cols[1]}>{money(lng, estimate.defaultValue[r.key], r.currency, r.digits)}</td>
              <td data-label={cols[2]}>{money(lng, extra[r.extra], r.currency, r.digits)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {extra.perYearEur > 0
          ? t('results.extra', { perYearEur: money(lng, extra.perYearEur, 'EUR'), perYearCny: money(lng, extra.perYearCny, 'CNY') })
          : t('results.extraNone')}
      </p>
      {!estimate.hasVerifiedData && <p className="cbam-hint">{t('results.standIn')}</p>}
      <p className="cbam-hint">{t('results.notFlatRate')}</p>
      <p className="cbam-hint">{t('results.paperRange', { low: num(lng, range.low), high: num(lng, range.high) })}</p>
    </>
  );
}
