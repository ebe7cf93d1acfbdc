import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CBAM_FACTORS,
  CBAM_FIRST_YEAR,
  CBAM_SECTORS,
  CBAM_SECTOR_RULES,
  CHINA_ETS_REFERENCE_DATE,
  CHINA_ETS_REFERENCE_PRICE_CNY,
  isCbamSector,
} from '@/domain/cbam/cbam-rules';
import { formatCurrency, formatDate, formatNumber } from '@/lib/format';
import type { CbamFormValues } from './cbam-form-schema';
import { CbamTextField } from './CbamTextField';

// The last year with its own factor is followed by the year free allocation ends; that year stands for all later ones.
const LAST_YEAR = Math.max(...Object.keys(CBAM_FACTORS).map(Number)) + 1;
const YEARS = Array.from({ length: LAST_YEAR - CBAM_FIRST_YEAR + 1 }, (_, i) => CBAM_FIRST_YEAR + i);

/** Every figure the CBAM estimate uses, editable, with visible labels and units. */
export function CbamForm() {
  const { t, i18n } = useTranslation('cbam');
  const lng = i18n.language;
  const { register, setValue, clearErrors, control } = useFormContext<CbamFormValues>();
  const sectorValue = useWatch({ control, name: 'sector' });
  const dataSource = useWatch({ control, name: 'dataSource' });
  const sector = isCbamSector(sectorValue) ? sectorValue : 'iron_steel';
  const rule = CBAM_SECTOR_RULES[sector];
  const ids = { sector: useId(), year: useId(), cn: useId() };
  const emissionsUnit = t(`units.emissions_${rule.unit}`);
  // A message about emissions the user no longer gives would be stale once they choose the default value.
  const dataSourceField = register('dataSource', { onChange: () => clearErrors('emissions') });

  return (
    <form className="cbam-form" noValidate onSubmit={(e) => e.preventDefault()}>
      <div className="cbam-field">
        <label htmlFor={ids.sector}>{t('form.sector')}</label>
        <select
          id={ids.sector}
          aria-describedby={ids.cn}
          {...register('sector', {
            // Another kind of goods has another benchmark: start from its value.
            onChange: (e: { target: { value: string } }) => {
              const next = e.target.value;
              if (isCbamSector(next)) setValue('benchmark', String(CBAM_SECTOR_RULES[next].benchmark), { shouldValidate: true });
            },
          })}
        >
          {CBAM_SECTORS.map((s) => (
            <option key={s} value={s}>
              {t(`sectors.${s}`)}
            </option>
          ))}
        </select>
        <p id={ids.cn} className="cbam-hint">
          {t('form.cnHeadings', { headings: rule.cnHeadings.join(', ') })}
        </p>
      </div>

      <CbamTextField name="quantity" label={t('form.quantity')} unit={t(`units.quantity_${rule.unit}`)} />

      <fieldset className="cbam-choice">
        <legend>{t('form.dataSource.legend')}</legend>
        <label>
          <input type="radio" value="default" {...dataSourceField} />
          {t('form.dataSource.default', { value: `${formatNumber(lng, rule.defaultEmissions, 4)} ${emissionsUnit}` })}
        </label>
        <label>
          <input type="radio" value="verified" {...dataSourceField} />
          {t('form.dataSource.verified')}
        </label>
      </fieldset>

      {dataSource === 'verified' && (
        <CbamTextField name="emissions" label={t('form.emissions')} unit={emissionsUnit} hint={t('form.emissionsHint')} />
      )}

      <CbamTextField name="benchmark" label={t('form.benchmark')} unit={emissionsUnit} hint={t('form.benchmarkHint')} />

      <div className="cbam-field">
        <label htmlFor={ids.year}>{t('form.year')}</label>
        <select id={ids.year} {...register('year')}>
          {YEARS.map((y) => (
            <option key={y} value={String(y)}>
              {y === LAST_YEAR ? t('form.yearLast', { year: y }) : y}
            </option>
          ))}
        </select>
      </div>

      <CbamTextField
        name="certificatePrice"
        label={t('form.certificatePrice')}
        unit={t('units.eurPerTco2')}
        hint={t('form.certificatePriceHint')}
      />
      <CbamTextField
        name="originPrice"
        label={t('form.originPrice')}
        unit={t('units.cnyPerTco2')}
        hint={t('form.originPriceHint', {
          price: formatCurrency(lng, CHINA_ETS_REFERENCE_PRICE_CNY, 'CNY', 2),
          date: formatDate(lng, Date.parse(`${CHINA_ETS_REFERENCE_DATE}T12:00:00Z`), 'long'),
        })}
      />
      <CbamTextField name="originShare" label={t('form.originShare')} unit={t('units.percent')} hint={t('form.originShareHint')} />
      <CbamTextField name="cnyPerEur" label={t('form.exchangeRate')} unit={t('units.cnyPerEur')} hint={t('form.exchangeRateHint')} />
    </form>
  );
}
