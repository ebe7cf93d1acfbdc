import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CBAM_INPUT_LIMITS } from '@/domain/cbam/validate-cbam-input';
import { num } from './cbam-format';
import type { CbamFieldIssue, CbamFormValues } from './cbam-form-schema';

type TextFieldName = Exclude<keyof CbamFormValues, 'code' | 'dataSource' | 'year' | 'quarter' | 'route'>;

const LIMIT_OF: Record<TextFieldName, number> = {
  quantity: CBAM_INPUT_LIMITS.tonnesPerYear,
  emissions: CBAM_INPUT_LIMITS.emissionsPerTonne,
  verifiedBenchmark: CBAM_INPUT_LIMITS.benchmark,
  defaultEmissions: CBAM_INPUT_LIMITS.emissionsPerTonne,
  certificatePrice: CBAM_INPUT_LIMITS.certificatePriceEur,
  originPrice: CBAM_INPUT_LIMITS.originCarbonPrice,
  originShare: 100,
  cnyPerEur: CBAM_INPUT_LIMITS.cnyPerEur,
};

interface Props {
  name: TextFieldName;
  label: string;
  unit: string;
  hint?: string;
}

/**
 * One figure of the CBAM form: a visible label, the unit beside the box, an optional hint and, when the text is
 * not acceptable, a message in the interface language tied to the box with aria-describedby and aria-invalid.
 * Text (not type=number) so that whatever was typed stays visible next to its message.
 */
export function CbamTextField({ name, label, unit, hint }: Props) {
  const { t, i18n } = useTranslation('cbam');
  const {
    register,
    formState: { errors },
  } = useFormContext<CbamFormValues>();
  const id = useId();
  const issue = errors[name]?.message as CbamFieldIssue | undefined;
  const describedBy = [`${id}-unit`, hint ? `${id}-hint` : '', issue ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <div className={issue ? 'cbam-field invalid' : 'cbam-field'}>
      <label htmlFor={id}>{label}</label>
      <div className="cbam-input-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={issue ? true : undefined}
          aria-describedby={describedBy}
          {...register(name)}
        />
        <span id={`${id}-unit`} className="cbam-unit">
          {unit}
        </span>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="cbam-hint">
          {hint}
        </p>
      )}
      {issue && (
        <p id={`${id}-error`} className="cbam-error">
          {t(`errors.${issue}`, { max: num(i18n.language, LIMIT_OF[name]) })}
        </p>
      )}
    </div>
  );
}
