import { memo, useEffect, useId, useRef, type Ref } from 'react';
import type { AnswerDraft } from './form-schema';
import { DONT_KNOW, useAnswerTexts, type LegendProps } from './answer-texts';

interface Props extends LegendProps {
  /** The answer to show: the stored one on arrival, or one that came from elsewhere (another tab). */
  shown: AnswerDraft;
  onChange: (next: AnswerDraft) => void;
  inputRef: Ref<HTMLInputElement>;
  invalid: boolean;
  describedBy: string;
}

/**
 * A single-choice or yes/no question: one native radio group (arrows move and choose, Tab leaves)
 * whose last radio is "don't know". The radios are uncontrolled: the browser shows the choice at
 * once and React has nothing to redraw on a click, which keeps answering instant on slow phones.
 */
export const ChoiceAnswer = memo(function ChoiceAnswer({ shown, onChange, inputRef, invalid, describedBy, ...legendProps }: Props) {
  const { q, required } = legendProps;
  const { legend, labels } = useAnswerTexts(legendProps);
  const name = useId();
  const group = useRef<HTMLFieldSetElement>(null);
  const checked = shown.dontKnow ? DONT_KNOW : shown.value;

  // An answer from elsewhere is put in place by hand, as the radios are not controlled.
  useEffect(() => {
    for (const input of group.current?.querySelectorAll('input') ?? []) input.checked = input.value === checked;
  }, [checked]);

  return (
    <fieldset
      ref={group}
      className="q-answer choices"
      role="radiogroup"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required={required || undefined}
    >
      {legend}
      <div className={q.type === 'yesno' ? 'options inline' : 'options'}>
        {(q.options ?? []).map((o, i) => (
          <label key={o.id} className="option">
            <input
              ref={i === 0 ? inputRef : undefined}
              type="radio"
              name={name}
              value={o.id}
              defaultChecked={checked === o.id}
              onChange={() => onChange({ value: o.id, dontKnow: false })}
            />
            {labels.get(o.id)}
          </label>
        ))}
        <label className="option dont-know">
          <input
            type="radio"
            name={name}
            value={DONT_KNOW}
            defaultChecked={checked === DONT_KNOW}
            onChange={() => onChange({ value: '', dontKnow: true })}
          />
          {labels.get(DONT_KNOW)}
        </label>
      </div>
    </fieldset>
  );
});
