import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CbamCodeRow } from '@/domain/cbam/cbam-code-schema';
import { routeChoices, type RouteChoice } from '@/domain/cbam/cbam-code-values';
import { latestPublishedPrice } from '@/domain/cbam/code-input';
import { unitOf, type CbamUnit } from '@/domain/cbam/cbam-sectors';
import { CBAM_FIRST_YEAR } from '@/domain/cbam/validate-cbam-input';
import { CBAM } from './cbam-data';
import { isoDate, money } from './cbam-format';
import { officialFormValues, parseDecimal, priceFormValue, type CbamFormValues } from './cbam-form-schema';
import { CbamTextField } from './CbamTextField';

const C = CBAM.constants;
// The last year with its own CBAM factor is followed by the year free allocation ends; that year stands for all later ones.
const LAST_YEAR = C.cbamFactors.firstYear + C.cbamFactors.values.length;
const YEARS = Array.from({ length: LAST_YEAR - CBAM_FIRST_YEAR + 1 }, (_, i) => CBAM_FIRST_YEAR + i);

/** Every figure the CBAM estimate uses for the chosen code, editable, with visible labels, units and sources. */
export function CbamForm({ row }: { row: CbamCodeRow | null }) {
  const { t, i18n } = useTranslation('cbam');
  const lng = i18n.language;
  const { register, setValue, getValues, clearErrors, control } = useFormContext<CbamFormValues>();
  const [dataSource, yearText, code] = useWatch({ control, name: ['dataSource', 'year', 'code'] });
  const ids = { year: useId(), quarter: useId(), quarterHint: useId(), route: useId(), routeHint: useId() };
  const unit: CbamUnit = row ? unitOf(row.sector) : 'tonne';
  const emissionsUnit = t(`units.emissions_${unit}`);
  const year = parseDecimal(yearText);
  const choices = row ? routeChoices(row) : [];
  const latest = latestPublishedPrice(C);
  const quarterText = useWatch({ control, name: 'quarter' });
  const quarter = C.certificatePrices.quarters.find((q) => String(q.quarter) === quarterText);
  const due = C.certificatePrices.quarters.find((q) => q.eur === null);

  // A new year or route brings its own official values (and, for the year, its certificate price).
  const applyOfficial = (nextYear: number, route: RouteChoice | null) => {
    const official = officialFormValues(code, nextYear, route);
    if (official) for (const [k, v] of Object.entries(official)) setValue(k as keyof typeof official, v, { shouldValidate: true });
  };
  const quarterOf = () => (getValues('quarter') ? Number(getValues('quarter')) : null);
  // A message about emissions the user no longer gives would be stale once they choose the default value.
  const dataSourceField = register('dataSource', { onChange: () => clearErrors('emissions') });

  return (
    <form className="cbam-form" noValidate onSubmit={(e) => e.preventDefault()}>
      <CbamTextField name="quantity" label={t('form.quantity')} unit={t(`units.quantity_${unit}`)} />

      <fieldset className="cbam-choice">
        <legend>{t('form.dataSource.legend')}</legend>
        <label>
          <input type="radio" value="default" {...dataSourceField} />
          {t('form.dataSource.default')}
        </label>
        <label>
          <input type="radio" value="verified" {...dataSourceField} />
          {t('form.dataSource.verified')}
        </label>
      </fieldset>

      {dataSource === 'verified' && (
        <>
          <CbamTextField name="emissions" label={t('form.emissions')} unit={emissionsUnit} hint={t('form.emissionsHint')} />
          {choices.length > 1 && (
            <div className="cbam-field">
              <label htmlFor={ids.route}>{t('form.route')}</label>
              <select
                id={ids.route}
                aria-describedby={ids.routeHint}
                {...register('route', { onChange: (e: { target: { value: string } }) => applyOfficial(year, e.target.value as RouteChoice) })}
              >
                {choices.map((r) => (
                  <option key={r} value={r}>
                    {t(`routes.${r === '-' ? 'none' : r}`)}
                  </option>
                ))}
              </select>
              <p id={ids.routeHint} className="cbam-hint">
                {t('form.routeHint')}
              </p>
            </div>
          )}
        </>
      )}

      <div className="cbam-field">
        <label htmlFor={ids.year}>{t('form.year')}</label>
        <select
          id={ids.year}
          {...register('year', {
            onChange: (e: { target: { value: string } }) => {
              const next = Number(e.target.value);
              applyOfficial(next, (getValues('route') || null) as RouteChoice | null);
              setValue('certificatePrice', priceFormValue(next, quarterOf()), { shouldValidate: true });
            },
          })}
        >
          {YEARS.map((y) => (
            <option key={y} value={String(y)}>
              {y === LAST_YEAR ? t('form.yearLast', { year: y }) : y}
            </option>
          ))}
        </select>
      </div>

      {year === C.certificatePrices.year && (
        <div className="cbam-field">
          <label htmlFor={ids.quarter}>{t('form.quarter')}</label>
          <select
            id={ids.quarter}
            aria-describedby={ids.quarterHint}
            {...register('quarter', { onChange: (e: { target: { value: string } }) => setValue('certificatePrice', priceFormValue(year, Number(e.target.value)), { shouldValidate: true }) })}
          >
            {C.certificatePrices.quarters.map((q) => (
              <option key={q.quarter} value={String(q.quarter)} disabled={q.eur === null}>
                {q.eur === null ? t('form.quarterDue', { quarter: q.quarter }) : t('form.quarterOption', { quarter: q.quarter, price: money(lng, q.eur, 'EUR', 2) })}
              </option>
            ))}
          </select>
          <p id={ids.quarterHint} className="cbam-hint">
            {quarter && 'published' in quarter && due && 'due' in due
              ? t('form.quarterHint', { date: isoDate(lng, quarter.published), next: due.quarter, due: isoDate(lng, due.due) })
              : null}
          </p>
        </div>
      )}

      <CbamTextField
        name="certificatePrice"
        label={t('form.certificatePrice')}
        unit={t('units.eurPerTco2')}
        hint={
          year === C.certificatePrices.year
            ? t('form.certificatePriceHintQuarter')
            : t('form.certificatePriceHintLater', { price: money(lng, latest.eur, 'EUR', 2), quarter: latest.quarter })
        }
      />

      {row && (
        <fieldset className="cbam-group">
          <legend>{t('form.officialTitle')}</legend>
          <CbamTextField name="defaultEmissions" label={t('form.defaultEmissions')} unit={emissionsUnit} hint={t('form.defaultEmissionsHint')} />
          {dataSource === 'verified' && (
            <CbamTextField name="verifiedBenchmark" label={t('form.verifiedBenchmark')} unit={emissionsUnit} hint={t('form.verifiedBenchmarkHint')} />
          )}
        </fieldset>
      )}

      <CbamTextField
        name="originPrice"
        label={t('form.originPrice')}
        unit={t('units.cnyPerTco2')}
        hint={t('form.originPriceHint', { price: money(lng, C.chinaEts.cnyPerTonne, 'CNY', 2), date: isoDate(lng, C.chinaEts.date) })}
      />
      <CbamTextField name="originShare" label={t('form.originShare')} unit={t('units.percent')} hint={t('form.originShareHint')} />
      <CbamTextField name="cnyPerEur" label={t('form.exchangeRate')} unit={t('units.cnyPerEur')} hint={t('form.exchangeRateHint')} />
    </form>
  );
}
