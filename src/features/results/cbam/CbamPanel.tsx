import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { estimateCbam } from '@/domain/cbam/estimate-cbam';
import type { Answers } from '@/domain/assessment/assessment';
import { profileProduct } from '@/domain/cbam/profile-product';
import type { CbamInput } from '@/domain/cbam/validate-cbam-input';
import { CBAM_SOURCES } from '@/content/cbam/sources';
import { CBAM, PROFILE_LOOKUP } from './cbam-data';
import { cbamFormSchema, defaultCbamFormValues, officialFormValues, parseDecimal, type CbamFormValues } from './cbam-form-schema';
import { CbamForm } from './CbamForm';
import { CbamHowCalculated } from './CbamHowCalculated';
import { CbamHeadline, CbamResults } from './CbamResults';
import { CbamSensitivity } from './CbamSensitivity';
import { CbamThreshold } from './CbamThreshold';
import { CodeSearch } from './CodeSearch';
import { ProductFacts } from './ProductFacts';
import { useCodeNames } from './use-code-names';
import './cbam-panel.css';

/** What the results page passes in: the assessment's answers, whose profile gives the starting figures. */
export interface CbamPanelProps {
  /**
   * The profile: `profile.cbam_product` (a family, started from its representative code) or, in older assessments,
   * `profile.industry` (the sector's fallback code), and `profile.cbam_tonnes`. Without them the user chooses a code.
   */
  answers?: Answers;
  /** Whether the firm profile says the firm exports CBAM goods to the EU; when false the panel says it is a try-out. */
  exposed: boolean;
}

/**
 * The EU CBAM exposure ESTIMATE for a results page (its title is an h2): the user finds the CN code, sees whether it
 * is covered and its official values with their sources, may enter verified emissions, and sees both costs side by
 * side, per unit and per year, with the difference, the 50-tonne threshold and the price sensitivity.
 */
export function CbamPanel({ answers, exposed }: CbamPanelProps) {
  const { t, i18n } = useTranslation('cbam');
  const product = useMemo(() => profileProduct(answers ?? {}, PROFILE_LOOKUP), [answers]);
  const initialCode = product.row?.code ?? '';
  const initialTonnes = exposed && product.tonnes !== null ? product.tonnes : 1000;
  const names = useCodeNames(i18n.language);
  const form = useForm<CbamFormValues, unknown, CbamInput | null>({
    resolver: zodResolver(cbamFormSchema),
    mode: 'onChange',
    defaultValues: defaultCbamFormValues(initialCode, initialTonnes),
  });
  const { trigger, setValue, getValues } = form;
  // Starting figures come from the caller; if any is unusable, say so beside its field at once.
  useEffect(() => {
    void trigger();
  }, [trigger]);

  const values = useWatch({ control: form.control });
  const code = values.code ?? '';
  const row = CBAM.row(code) ?? null;
  const chosenByUser = code !== initialCode;
  const parsed = cbamFormSchema.safeParse(values);
  const input = parsed.success ? parsed.data : null;
  const result = input ? estimateCbam(input, CBAM.constants) : null;
  const estimate = result?.ok ? result : null;
  const onlyEmissionsMissing =
    !parsed.success && parsed.error.issues.every((i) => i.path[0] === 'emissions' && i.message === 'required');

  const choose = (next: string) => {
    setValue('code', next);
    const official = officialFormValues(next, parseDecimal(getValues('year')), null);
    if (official) for (const [k, v] of Object.entries(official)) setValue(k as keyof typeof official, v, { shouldValidate: true });
  };

  const id = useId();
  const ids = { title: `${id}-t`, product: `${id}-p`, form: `${id}-f`, results: `${id}-r`, sensitivity: `${id}-s`, threshold: `${id}-d`, sources: `${id}-src` };
  let status: string | null = null;
  if (!row) status = t('product.none');
  else if (!row.covered) status = null;
  else if (!estimate) status = t(onlyEmissionsMissing ? 'results.needsEmissions' : 'results.invalid');

  return (
    <section className="cbam-panel" aria-labelledby={ids.title}>
      <div className="cbam-title-row">
        <h2 id={ids.title}>{t('title')}</h2>
        <span className="cbam-badge">{t('estimateBadge')}</span>
      </div>
      {!exposed && <p className="cbam-note">{t('notExposed')}</p>}
      <p>{t('intro')}</p>
      <p className="cbam-note warning">{t('disclaimer')}</p>

      <section className="cbam-section" aria-labelledby={ids.product}>
        <h3 id={ids.product}>{t('product.title')}</h3>
        <CodeSearch names={names} onChoose={choose} />
        {row && (
          <ProductFacts
            row={row}
            name={names.current[row.code] ?? ''}
            year={parseDecimal(values.year ?? '')}
            basis={chosenByUser ? null : product.basis}
            familyId={product.familyId}
          />
        )}
      </section>

      <div className="cbam-layout">
        <section className="cbam-section" aria-labelledby={ids.form}>
          <h3 id={ids.form}>{t('form.title')}</h3>
          <FormProvider {...form}>
            <CbamForm row={row?.covered ? row : null} />
          </FormProvider>
        </section>

        <section className="cbam-section" aria-labelledby={ids.results}>
          <h3 id={ids.results}>{t('results.title')}</h3>
          <div aria-live="polite">
            {estimate ? <CbamHeadline estimate={estimate} /> : status && <p className="cbam-note warning">{status}</p>}
          </div>
          {estimate && <CbamResults estimate={estimate} />}
          {estimate && <CbamHowCalculated estimate={estimate} />}
        </section>
      </div>

      {estimate && (
        <section className="cbam-section" aria-labelledby={ids.sensitivity}>
          <h3 id={ids.sensitivity}>{t('sensitivity.title')}</h3>
          <CbamSensitivity estimate={estimate} />
        </section>
      )}

      <CbamThreshold estimate={estimate} headingId={ids.threshold} />

      <section className="cbam-section" aria-labelledby={ids.sources}>
        <h3 id={ids.sources}>{t('sources.title')}</h3>
        <ul className="cbam-sources">
          {CBAM_SOURCES.map((source) => (
            <li key={source.id}>{t(`sources.${source.id}` as 'sources.paper')}</li>
          ))}
        </ul>
      </section>
    </section>
  );
}
