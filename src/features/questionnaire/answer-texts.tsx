import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@/domain/instrument/instrument-schema';
import { asTextFn, dontKnowLabel, optionLabel, questionText, type TextFn } from './instrument-text';
import type { OtherLanguage } from './use-other-language';

/** Value of the "don't know" radio in a single-choice group. */
export const DONT_KNOW = '__dont_know__';

/** A label in the interface language, with the other language beside it in the bilingual view. */
function Label({ t, text, other }: { t: TextFn; text: (t: TextFn) => string; other: OtherLanguage | null }) {
  return (
    <span className="option-label">
      {text(t)}
      {other && (
        <span className="alt" lang={other.lng}>
          {text(other.t)}
        </span>
      )}
    </span>
  );
}

export interface LegendProps {
  q: Question;
  /** Position among the questions shown on the step. */
  number: number;
  required: boolean;
  legendId: string;
  other: OtherLanguage | null;
}

/**
 * The translated parts of a question's controls: its legend and one label per option (and "don't
 * know"). Built again only when the language or the bilingual view changes, never on a click.
 */
export function useAnswerTexts({ q, number, required, legendId, other }: LegendProps) {
  const { t: rawT } = useTranslation(['questionnaire', 'instrument', 'questions']);
  const t = asTextFn(rawT);
  const legend = useMemo(
    () => (
      <legend id={legendId} className="q-legend">
        <span className="q-number">{number}</span>
        <span className="q-text">
          {questionText(t, q)}
          {required && <span className="q-required"> {t('question.required')}</span>}
          {other && (
            <span className="alt" lang={other.lng}>
              {questionText(other.t, q)}
            </span>
          )}
        </span>
      </legend>
    ),
    [t, q, number, required, legendId, other],
  );
  const labels = useMemo(() => {
    const ids = [...(q.options ?? []).map((o) => o.id), DONT_KNOW];
    const text = (id: string) => (tt: TextFn) => (id === DONT_KNOW ? dontKnowLabel(tt) : optionLabel(tt, q, id));
    return new Map<string, ReactNode>(ids.map((id) => [id, <Label key={id} t={t} text={text(id)} other={other} />]));
  }, [t, q, other]);
  return { t, legend, labels };
}
