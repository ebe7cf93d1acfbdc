import type { Answer } from '../assessment/assessment';
import type { Question } from '../instrument/instrument-schema';

/**
 * True when a stored value is one the questionnaire itself could have saved for this question:
 * a number within 0…max for percentages and numbers; an offered option for single choice and
 * yes/no; distinct offered options for multiple choice, an exclusive one ("none of these") alone.
 * No value, `''` and `[]` are accepted: they are how an answer is cleared, and count as unanswered.
 */
export function isAllowedValue(question: Question, value: Answer['value']): boolean {
  if (value === undefined) return true;
  if (question.type === 'percent' || question.type === 'number') {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 && (question.max === undefined || value <= question.max);
  }
  const options = question.options ?? [];
  const offered = (id: string) => options.some((o) => o.id === id);
  if (question.type === 'multi') {
    if (!Array.isArray(value)) return false;
    if (new Set(value).size !== value.length || !value.every(offered)) return false;
    const exclusive = value.some((id) => options.find((o) => o.id === id)?.exclusive);
    return !exclusive || value.length === 1;
  }
  return typeof value === 'string' && (value === '' || offered(value));
}
