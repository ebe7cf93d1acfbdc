import { memo, useId, type Ref } from 'react';
import type { AnswerDraft } from './form-schema';
import { DONT_KNOW, useAnswerTexts, type LegendProps } from './answer-texts';
import { unitLabel } from './instrument-text';

interface Props extends LegendProps {
  draft: AnswerDraft;
  onChange: (next: AnswerDraft) => void;
  inputRef: Ref<HTMLInputElement>;
  invalid: boolean;
  /** Id of the element holding the field's message. */
  describedBy: string;
}

/**
 * Multiple choice (native checkboxes, "none of these" clears the others) or a number: a text box, so
 * that whatever was typed stays visible beside its message, with the unit beside it. "Don't know"
 * is a checkbox that clears and disables the choices or the box; unticking gives them back.
 */
export const AnswerInput = memo(function AnswerInput({ draft, onChange, inputRef, invalid, describedBy, ...legendProps }: Props) {
  const { q, required, legendId } = legendProps;
  const { t, legend, labels } = useAnswerTexts(legendProps);
  const unitId = useId();
  const dontKnow = (
    <label className="option dont-know">
      <input
        type="checkbox"
        checked={draft.dontKnow}
        onChange={(e) => onChange({ value: q.type === 'multi' ? [] : '', dontKnow: e.currentTarget.checked })}
      />
      {labels.get(DONT_KNOW)}
    </label>
  );

  if (q.type === 'multi') {
    const chosen = Array.isArray(draft.value) ? draft.value : [];
    const toggle = (id: string, on: boolean) => {
      const exclusive = q.options?.find((o) => o.id === id)?.exclusive;
      // "None of these" clears the others, and any other choice clears "none of these".
      const next = on
        ? exclusive
          ? [id]
          : (q.options ?? []).filter((o) => !o.exclusive && (o.id === id || chosen.includes(o.id))).map((o) => o.id)
        : chosen.filter((x) => x !== id);
      onChange({ value: next, dontKnow: false });
    };
    return (
      <fieldset className="q-answer checks" aria-describedby={describedBy} aria-invalid={invalid || undefined}>
        {legend}
        <div className="options">
          {(q.options ?? []).map((o, i) => (
            <label key={o.id} className="option">
              <input
                ref={i === 0 ? inputRef : undefined}
                type="checkbox"
                value={o.id}
                checked={chosen.includes(o.id)}
                disabled={draft.dontKnow}
                onChange={(e) => toggle(o.id, e.currentTarget.checked)}
              />
              {labels.get(o.id)}
            </label>
          ))}
          {dontKnow}
        </div>
      </fieldset>
    );
  }

  const unit = unitLabel(t, q);
  return (
    <fieldset className="q-answer number">
      {legend}
      <div className="number-row">
        <input
          ref={inputRef}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          className="number-input"
          aria-labelledby={legendId}
          aria-describedby={[unit ? unitId : '', describedBy].filter(Boolean).join(' ')}
          aria-invalid={invalid || undefined}
          aria-required={required || undefined}
          value={typeof draft.value === 'string' ? draft.value : ''}
          disabled={draft.dontKnow}
          onChange={(e) => onChange({ value: e.currentTarget.value, dontKnow: false })}
        />
        {unit && (
          <span id={unitId} className="unit">
            {unit}
          </span>
        )}
      </div>
      {dontKnow}
    </fieldset>
  );
});
