import type { Question } from '@/domain/instrument/instrument-schema';
import type { SectionId } from '@/domain/instrument/predicate-schema';

/**
 * A translate function with a free-form key. Question and option ids come from the content
 * data, so their keys cannot be literal types; the locale test checks both files hold them all.
 */
export type TextFn = (key: string, options?: Record<string, unknown>) => string;
export const asTextFn = (t: unknown): TextFn => t as TextFn;

export const questionText = (t: TextFn, q: Question): string => t(`questions:${q.id}.text`);
export const helpText = (t: TextFn, q: Question): string => t(`questions:${q.id}.help`);
export const optionLabel = (t: TextFn, q: Question, optionId: string): string => t(`questions:${q.id}.options.${optionId}`);
export const sectionTitle = (t: TextFn, s: SectionId): string => t(`instrument:sections.${s}.title`);
export const sectionIntro = (t: TextFn, s: SectionId): string => t(`instrument:sections.${s}.intro`);
export const dontKnowLabel = (t: TextFn): string => t('instrument:dontKnow');

/** The unit shown beside a number box ("%", "tonnes a year"); empty when the question has none. */
export const unitLabel = (t: TextFn, q: Question): string => (q.unit ? t(`instrument:units.${q.unit}`) : '');
