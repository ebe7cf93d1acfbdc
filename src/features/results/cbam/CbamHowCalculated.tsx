import { useTranslation } from 'react-i18next';
import type { CbamEstimate, CbamScenario } from '@/domain/cbam/estimate-cbam';
import { money, num } from './cbam-format';

type Line = { key: 'emissions' | 'benchmark' | 'freeAllocation' | 'charged' | 'originDeduction'; cell: (s: CbamScenario) => string };

/** The technical steps behind the cost table, folded away: emissions, benchmark, deduction, charged emissions, origin price. */
export function CbamHowCalculated({ estimate }: { estimate: CbamEstimate }) {
  const { t, i18n } = useTranslation('cbam');
  const lng = i18n.language;
  const unit = t(`units.${estimate.unit}`);
  const tco2 = (x: number) => num(lng, x, 4);
  const lines: Line[] = [
    { key: 'emissions', cell: (s) => tco2(s.emissionsPerTonne) },
    { key: 'benchmark', cell: (s) => tco2(s.benchmark) },
    { key: 'freeAllocation', cell: (s) => tco2(s.freeAllocationPerTonne) },
    { key: 'charged', cell: (s) => tco2(s.chargedPerTonne) },
    { key: 'originDeduction', cell: (s) => money(lng, s.originDeductionPerTonneEur, 'EUR', 2) },
  ];
  const cols = [t(estimate.hasVerifiedData ? 'results.colVerified' : 'results.colVerifiedStandIn'), t('results.colDefault')] as const;
  return (
    <details className="cbam-how">
      <summary>{t('how.title')}</summary>
      <p>{t('how.formula', { unit })}</p>
      <table className="cbam-table cbam-stack">
        <caption>{t('how.caption', { unit })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.figure')}</th>
            <th scope="col">{cols[0]}</th>
            <th scope="col">{cols[1]}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key}>
              <th scope="row">
                {t(`how.rows.${line.key}`, { unit, factor: num(lng, estimate.cbamFactor, 3), cscf: num(lng, estimate.cscf, 3) })}
              </th>
              <td data-label={cols[0]}>{line.cell(estimate.verified)}</td>
              <td data-label={cols[1]}>{line.cell(estimate.defaultValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="cbam-hint">{t('how.factor', { factor: num(lng, estimate.cbamFactor, 3), year: estimate.year })}</p>
      <p className="cbam-hint">{t('how.cscf')}</p>
      <p className="cbam-hint">{t('how.columns')}</p>
      <p className="cbam-hint">{t('how.periods')}</p>
      <p className="cbam-hint">{t('how.correction')}</p>
    </details>
  );
}
