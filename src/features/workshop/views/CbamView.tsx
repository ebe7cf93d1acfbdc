import { formatAmount } from '@/lib/format';
import { useBilingual } from '../bilingual';
import type { CohortData } from '../cohort-data';
import { Folded, Tile, ViewSection } from './ViewSection';
import { TableScroll } from '../TableScroll';

/** CBAM exposure in the room: firms, quantities, and the yearly charge range ESTIMATED from official default values, with its assumptions. */
export function CbamView({ data, projector = false }: { data: CohortData; projector?: boolean }) {
  const { bi, t, lng } = useBilingual();
  const { cbam, count } = data.aggregate;
  const eur = (x: number) => formatAmount(lng, x, 0, 'EUR');
  const cny = (x: number) => formatAmount(lng, x, 0, 'CNY');
  const quantity = [
    cbam.tonnes > 0 || cbam.mwh === 0 ? t('workshop:views.cbam.tonnes', { value: formatAmount(lng, cbam.tonnes) }) : null,
    cbam.mwh > 0 ? t('workshop:views.cbam.mwh', { value: formatAmount(lng, cbam.mwh) }) : null,
  ]
    .filter(Boolean)
    .join(' + ');
  const notEstimated = cbam.exposed - cbam.estimated;
  return (
    <ViewSection view="cbam" badge={<span className="estimate-badge">{bi('workshop:views.cbam.badge')}</span>}>
      {cbam.exposed === 0 ? (
        <p>{bi('workshop:views.cbam.none')}</p>
      ) : (
        <>
          <dl className="tiles">
            <Tile label={bi('workshop:views.cbam.exposed')} value={formatAmount(lng, cbam.exposed)} note={t('workshop:views.overview.ofFirms', { count: cbam.exposed, total: count })} />
            <Tile label={bi('workshop:views.cbam.quantity')} value={quantity} size="medium" />
            <Tile
              label={bi('workshop:views.cbam.cost')}
              size="medium"
              value={t('workshop:views.cbam.range', { low: eur(cbam.cost.lowEur), high: eur(cbam.cost.highEur) })}
              note={t('workshop:views.cbam.rangeCny', { low: cny(cbam.cost.lowCny), high: cny(cbam.cost.highCny) })}
            />
          </dl>
          {notEstimated > 0 && <p>{t('workshop:views.cbam.notEstimated', { count: notEstimated })}</p>}
          <Folded folded={projector} summary={bi('workshop:views.dimensions.showTable')}>
            <TableScroll label={t('workshop:views.cbam.caption')}>
              <table className="data-table" data-testid="cbam-table">
                <caption>{bi('workshop:views.cbam.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{bi('workshop:views.cbam.sector')}</th>
                    <th scope="col" className="num">{bi('workshop:views.cbam.firms')}</th>
                    <th scope="col" className="num">{bi('workshop:views.cbam.quantity')}</th>
                    <th scope="col" className="num">{bi('workshop:views.cbam.costRange')}</th>
                  </tr>
                </thead>
                <tbody>
                  {cbam.bySector.map((s) => (
                    <tr key={s.sector ?? 'unknown'}>
                      <th scope="row">{s.sector ? bi(`cbam:sectors.${s.sector}`) : bi('workshop:views.cbam.unknownSector')}</th>
                      <td className="num">{formatAmount(lng, s.firms)}</td>
                      <td className="num">{t(s.unit === 'MWh' ? 'views.cbam.mwh' : 'views.cbam.tonnes', { value: formatAmount(lng, s.quantity) })}</td>
                      <td className="num">{s.sector ? t('workshop:views.cbam.range', { low: eur(s.lowEur), high: eur(s.highEur) }) : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </Folded>
        </>
      )}
      <p className="note">
        {bi('workshop:views.cbam.assumptions', {
          year: cbam.assumptions.year,
          price: formatAmount(lng, cbam.assumptions.certificatePriceEur, 2, 'EUR'),
          rate: formatAmount(lng, cbam.assumptions.cnyPerEur, 2),
        })}
      </p>
    </ViewSection>
  );
}
