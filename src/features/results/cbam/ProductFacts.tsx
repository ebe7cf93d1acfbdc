import { useTranslation } from 'react-i18next';
import type { CbamCodeRow } from '@/domain/cbam/cbam-code-schema';
import { defaultBenchmarkFor, defaultRouteChoice } from '@/domain/cbam/cbam-code-values';
import { codeValues } from '@/domain/cbam/code-input';
import type { ProductBasis } from '@/domain/cbam/profile-product';
import { unitOf } from '@/domain/cbam/cbam-sectors';
import { CBAM, fallbackRowOf, formatCnCode } from './cbam-data';
import { num } from './cbam-format';

interface Props {
  row: CbamCodeRow;
  name: string;
  year: number;
  /** How the code was chosen: by the user (null), from the profile's family, or as the sector's fallback. */
  basis: ProductBasis | null;
  familyId: string | null;
}

/**
 * What the act says about the chosen CN code: covered or not, China's default value for the year (mark-up
 * included) and the benchmark that goes with it, each with its source; and how the code was arrived at.
 */
export function ProductFacts({ row, name, year, basis, familyId }: Props) {
  const { t, i18n } = useTranslation('cbam');
  const lng = i18n.language;
  const code = formatCnCode(row.code);
  const unit = t(`units.emissions_${unitOf(row.sector)}`);
  const c = CBAM.constants;

  if (!row.covered) {
    return (
      <div className="cbam-facts">
        <p className="cbam-selected">
          <span>{t('product.selected', { code, name })}</span> <span className="cbam-tag">{t('product.notCovered')}</span>
        </p>
        <p className="cbam-note">{t('product.notCoveredExplain', { code })}</p>
        <p className="cbam-hint">
          {t('product.proposal', { reference: c.downstreamProposal.reference, products: num(lng, c.downstreamProposal.products) })}
        </p>
      </div>
    );
  }

  const values = codeValues(row, year, null, c, fallbackRowOf(row));
  const benchmark = defaultBenchmarkFor(row, year, c);
  const route = benchmark.basis === 'route' ? defaultRouteChoice(row, year, c) : null;
  const v = (x: number) => num(lng, x, 3);
  const table = row.china?.table === 'other_countries' ? t('product.tableOther') : t('product.tableChina');
  return (
    <div className="cbam-facts">
      <p className="cbam-selected">
        <span>{t('product.selected', { code, name })}</span> <span className="cbam-tag covered">{t('product.covered')}</span>
      </p>
      {basis === 'family' && familyId && (
        <p className="cbam-note warning">{t('product.familyBasis', { family: t(`families.${familyId}` as 'families.fasteners'), code })}</p>
      )}
      {basis === 'sector_fallback' && <p className="cbam-note warning">{t('product.fallbackBasis', { sector: t(`sectors.${row.sector}`), code })}</p>}
      {values && (
        <ul className="cbam-official">
          <li>
            {values.defaultBasis === 'sector_fallback'
              ? t('product.defaultFallback', { value: v(values.defaultEmissions), unit })
              : t(values.defaultBasis === 'other_countries' ? 'product.defaultValueOther' : 'product.defaultValue', { year, value: v(values.defaultEmissions), unit })}
            {row.china && <span className="cbam-source">{t('product.sourceDefault', { table, page: row.china.source.page })}</span>}
          </li>
          <li>
            {benchmark.basis === 'none'
              ? t('product.benchmarkNone')
              : route
                ? t('product.benchmark', { route: t(`routes.${route === '-' ? 'none' : route}`), value: v(benchmark.value), unit })
                : t('product.benchmarkNoRoute', { value: v(benchmark.value), unit })}
            {benchmark.basis !== 'none' && benchmark.basis !== 'route' && <span className="cbam-source">{t(`how.basis.${benchmark.basis}`)}</span>}
            {row.benchmark && <span className="cbam-source">{t('product.sourceBenchmark')}</span>}
          </li>
        </ul>
      )}
      {(row.notes ?? []).map((note) => (
        <p key={note} className="cbam-hint">
          {t(`product.notes.${note}`)}
        </p>
      ))}
    </div>
  );
}
