import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CBAM_SOURCES, type CbamSector } from '@/domain/cbam/cbam-rules';
import { estimateCbam } from '@/domain/cbam/estimate-cbam';
import type { CbamInput } from '@/domain/cbam/validate-cbam-input';
import { cbamFormSchema, defaultCbamFormValues, type CbamFormValues } from './cbam-form-schema';
import { CbamForm } from './CbamForm';
import { CbamHeadline, CbamResults } from './CbamResults';
import { CbamSensitivity } from './CbamSensitivity';
import { CbamThreshold } from './CbamThreshold';
import './cbam-panel.css';

/** What the results page passes in: starting figures from the firm profile. */
export interface CbamPanelProps {
  /** Sector to start from, e.g. from the firm profile; iron and steel when not given. */
  initialSector?: CbamSector;
  /** Quantity exported to the EU per year to start from, in the sector's unit; 1,000 when not given. */
  initialTonnes?: number;
  /** Whether the firm profile says the firm exports CBAM goods to the EU; when false the panel says it is a try-out. */
  exposed: boolean;
}

/**
 * The EU CBAM exposure ESTIMATE for a results page (its title is an h2): every figure editable, the cost per unit
 * and per year in EUR and CNY recomputed as the user types, verified data beside the marked-up default value,
 * the 50-tonne threshold, the price sensitivity and the sources.
 */
export function CbamPanel({ initialSector = 'iron_steel', initialTonnes = 1000, exposed }: CbamPanelProps) {
  const { t } = useTranslation('cbam');
  const form = useForm<CbamFormValues, unknown, CbamInput>({
    resolver: zodResolver(cbamFormSchema),
    mode: 'onChange',
    defaultValues: defaultCbamFormValues(initialSector, initialTonnes),
  });
  const { trigger } = form;
  // Starting figures come from the caller; if any is unusable, say so beside its field at once.
  useEffect(() => {
    void trigger();
  }, [trigger]);

  const values = useWatch({ control: form.control });
  const parsed = cbamFormSchema.safeParse(values);
  const result = parsed.success ? estimateCbam(parsed.data) : null;
  const estimate = result?.ok ? result : null;
  const onlyEmissionsMissing =
    !parsed.success && parsed.error.issues.every((i) => i.path[0] === 'emissions' && i.message === 'required');

  const id = useId();
  const ids = { title: `${id}-t`, form: `${id}-f`, results: `${id}-r`, sensitivity: `${id}-s`, threshold: `${id}-d`, sources: `${id}-src` };

  return (
    <section className="cbam-panel" aria-labelledby={ids.title}>
      <div className="cbam-title-row">
        <h2 id={ids.title}>{t('title')}</h2>
        <span className="cbam-badge">{t('estimateBadge')}</span>
      </div>
      {!exposed && <p className="cbam-note">{t('notExposed')}</p>}
      <p>{t('intro')}</p>
      <p className="cbam-note warning">{t('disclaimer')}</p>

      <div className="cbam-layout">
        <section className="cbam-section" aria-labelledby={ids.form}>
          <h3 id={ids.form}>{t('form.title')}</h3>
          <FormProvider {...form}>
            <CbamForm />
          </FormProvider>
        </section>

        <section className="cbam-section" aria-labelledby={ids.results}>
          <h3 id={ids.results}>{t('results.title')}</h3>
          <div aria-live="polite">
            {estimate ? (
              <CbamHeadline estimate={estimate} />
            ) : (
              <p className="cbam-note warning">{t(onlyEmissionsMissing ? 'results.needsEmissions' : 'results.invalid')}</p>
            )}
          </div>
          {estimate && <CbamResults estimate={estimate} />}
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
            <li key={source}>{t(`sources.${source}`)}</li>
          ))}
        </ul>
      </section>
    </section>
  );
}
