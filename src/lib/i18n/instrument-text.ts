import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { instrument } from '@/content/instrument';
import type { Answer } from '@/domain/assessment/assessment';
import type { Question } from '@/domain/instrument/instrument-schema';
import { indexInstrument } from '@/domain/scoring/instrument-index';
import { formatNumber } from '@/lib/format';
import { looseT } from '@/lib/i18n/loose-t';

/** Display text of the instrument, keyed by content ids (tests guarantee every key exists in both languages). */
export interface InstrumentText {
  question: (id: string) => string;
  help: (id: string) => string;
  option: (questionId: string, optionId: string) => string;
  section: (id: string) => string;
  dimension: (id: string) => string;
  /** A stored answer value in words: option labels, or the number with its unit. */
  answer: (questionId: string, value: string | string[] | number) => string;
  /**
   * An answer given to an earlier questionnaire, in words: the question as it was then and the answer
   * (texts of questions and options that changed are kept under `legacy` in questions.json).
   */
  earlier: (questionId: string, answer: Answer) => { question: string; answer: string };
}


/** Builds the text helpers for one language (or the current one). */
export function instrumentText(i18n: I18n, lng?: string): InstrumentText {
  const language = lng ?? i18n.language;
  const t = looseT(i18n, language, 'instrument');
  const tq = looseT(i18n, language, 'questions');
  const byId = indexInstrument(instrument).byId;
  const unit = (q: Question | undefined) => (q?.unit ? t(`units.${q.unit}`) : '');
  const has = (key: string) => i18n.exists(key, { lng: language, ns: 'questions' });
  // The earlier wording where it changed, else today's.
  const then = (key: string) => tq(has(`legacy.${key}`) ? `legacy.${key}` : key);
  const join = (parts: string[]) => parts.join(language === 'zh-CN' ? '、' : ', ');
  return {
    question: (id) => tq(`${id}.text`),
    help: (id) => tq(`${id}.help`),
    option: (q, o) => tq(`${q}.options.${o}`),
    section: (id) => t(`sections.${id}.title`),
    dimension: (id) => t(`dimensionShort.${id}`),
    answer: (id, value) => {
      if (typeof value === 'number') {
        const q = byId.get(id);
        const u = unit(q);
        return u === '%' ? `${formatNumber(language, value, 1)}%` : `${formatNumber(language, value, 1)} ${u}`.trim();
      }
      const ids = Array.isArray(value) ? value : [value];
      return join(ids.map((o) => tq(`${id}.options.${o}`)));
    },
    earlier: (id, a) => {
      const question = then(`${id}.text`);
      if (a.dontKnow) return { question, answer: t('dontKnow') };
      const v = a.value;
      if (v === undefined) return { question, answer: '' };
      if (typeof v === 'number') return { question, answer: `${formatNumber(language, v, 1)}${unit(byId.get(id)) === '%' ? '%' : ''}` };
      return { question, answer: join((Array.isArray(v) ? v : [v]).map((o) => then(`${id}.options.${o}`))) };
    },
  };
}

/** The instrument text in the current language; loads both namespaces (suspends) on first use. */
export function useInstrumentText(): InstrumentText {
  const { i18n } = useTranslation(['instrument', 'questions']);
  // The i18n object stays the same across a language switch; the language is what changes.
  const lng = i18n.language;
  return useMemo(() => instrumentText(i18n, lng), [i18n, lng]);
}
