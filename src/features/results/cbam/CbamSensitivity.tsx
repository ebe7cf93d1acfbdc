import { useTranslation } from 'react-i18next';
import type { CbamEstimate } from '@/domain/cbam/estimate-cbam';
import { money } from './cbam-format';

/** The cost at a few certificate prices, the user's own among them, as a small table. */
export function CbamSensitivity({ estimate }: { estimate: CbamEstimate }) {
  const { t, i18n } = useTranslation('cbam');
  const lng = i18n.language;
  const unit = t(`units.${estimate.unit}`);
  const eur = (x: number, digits = 2) => money(lng, x, 'EUR', digits);
  return (
    <div className="cbam-table-wrap">
      <table className="cbam-table cbam-stack">
        <caption>{t('sensitivity.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sensitivity.price')}</th>
            <th scope="col">{t('sensitivity.verified', { unit })}</th>
            <th scope="col">{t('sensitivity.default', { unit })}</th>
            <th scope="col">{t('sensitivity.perYear')}</th>
          </tr>
        </thead>
        <tbody>
          {estimate.sensitivity.map((row) => {
            const price = eur(row.certificatePriceEur);
            const own = row.certificatePriceEur === estimate.certificatePriceEur;
            return (
              <tr key={row.certificatePriceEur} className={own ? 'cbam-own' : undefined}>
                <th scope="row">{own ? t('sensitivity.yours', { price }) : price}</th>
                <td data-label={t('sensitivity.verified', { unit })}>{eur(row.verifiedPerTonneEur)}</td>
                <td data-label={t('sensitivity.default', { unit })}>{eur(row.defaultPerTonneEur)}</td>
                <td data-label={t('sensitivity.perYear')}>{eur(row.verifiedPerYearEur, 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
