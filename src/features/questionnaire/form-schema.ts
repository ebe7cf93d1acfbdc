import * as z from 'zod/mini';
import type { Answer } from '@/domain/assessment/assessment';
import type { Question } from '@/domain/instrument/instrument-schema';

/**
 * What the form holds for one question: the answer as the user gave it (choice ids, or the
 * text typed into a number box, so that "abc" or "150" stay visible beside their message)
 * and the note. The store holds only valid answers; see `answerPatch`.
 */
export interface AnswerDraft {
  value: string | string[];
  dontKnow: boolean;
}
export interface QuestionDraft {
  answer: AnswerDraft;
  note: string;
}
export type StepValues = Record<string, QuestionDraft>;

/** Why an entry is refused; each code has a message in locales/<lng>/questionnaire.json `errors`. */
export const ISSUES = ['required', 'unknown_option', 'not_a_number', 'negative', 'too_large', 'note_too_long'] as const;
export type Issue = (typeof ISSUES)[number];
export const isIssue = (x: unknown): x is Issue => (ISSUES as readonly unknown[]).includes(x);

/** Longest note, as long as an imported file may carry (IMPORT_LIMITS.maxNoteLength), so any note that arrives can be edited. */
export const NOTE_MAX = 10_000;

/** Form field name of a question. Dots would make react-hook-form nest the value, so they become colons. */
export const fieldKey = (questionId: string): string => questionId.replaceAll('.', ':');

export const isNumeric = (q: Question): boolean => q.type === 'percent' || q.type === 'number';

const FULL_WIDTH = /[０-９．，－＋％]/g;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * Reads a typed number: full-width digits from a Chinese input method, 1,234.5 grouping and a
 * trailing % are accepted; anything else is NaN (never guessed at, never turned into 0).
 */
export function parseDecimal(raw: string): number {
  const text = raw
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s/g, '')
    .replace(/%$/, '');
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  return Number.NaN;
}

/** The problem with a number typed for `q`, or null when it is acceptable (empty means unanswered). */
export function numberIssue(q: Question, raw: string): Issue | null {
  if (raw.trim() === '') return null;
  const n = parseDecimal(raw);
  if (!Number.isFinite(n)) return 'not_a_number';
  if (n < 0) return 'negative';
  if (q.max !== undefined && n > q.max) return 'too_large';
  return null;
}

const filled = (v: string | string[]): boolean => (Array.isArray(v) ? v.length > 0 : v.trim() !== '');

/** The schema of one question's value, from its type and options in the instrument. */
function valueSchema(q: Question) {
  const ids = (q.options ?? []).map((o) => o.id);
  if (isNumeric(q)) {
    return z.string().check(
      z.superRefine((raw, ctx) => {
        const issue = numberIssue(q, raw);
        if (issue) ctx.addIssue({ code: 'custom', message: issue, input: raw });
      }),
    );
  }
  const option = z.enum(ids as [string, ...string[]], { error: 'unknown_option' });
  if (q.type === 'multi') return z.array(option);
  return z.union([z.literal(''), option], { error: 'unknown_option' });
}

/**
 * One question's schema; `required` (firm profile) asks for an answer or an explicit "don't know".
 * Every problem with the answer is reported on the answer itself (not on `value` inside it), because
 * that is the field the question's controls are registered under.
 */
export function questionSchema(q: Question, required: boolean) {
  const value = valueSchema(q);
  const answer = z.object({ value: z.union([z.string(), z.array(z.string())]), dontKnow: z.boolean() }).check(
    z.superRefine((a, ctx) => {
      if (a.dontKnow) return;
      const parsed = value.safeParse(a.value);
      const issue = parsed.success ? (required && !filled(a.value) ? 'required' : null) : parsed.error.issues[0]?.message;
      if (issue) ctx.addIssue({ code: 'custom', message: issue, input: a });
    }),
  );
  return z.object({
    answer,
    note: z.string().check(z.maxLength(NOTE_MAX, { error: 'note_too_long' })),
  });
}

const answerSchemas = new WeakMap<Question, ReturnType<typeof questionSchema>['shape']['answer']>();

/** True when a draft answer may be stored: the question's own schema (without "required") accepts it. */
export function isStorable(q: Question, draft: AnswerDraft): boolean {
  let schema = answerSchemas.get(q);
  if (!schema) {
    schema = questionSchema(q, false).shape.answer;
    answerSchemas.set(q, schema);
  }
  return schema.safeParse(draft).success;
}

const schemaCache = new Map<string, ReturnType<typeof z.object>>();

/** The schema of a step: the questions shown on it, keyed by field name. Cached per set of questions. */
export function stepSchema(questions: readonly Question[], required: boolean) {
  const key = `${required ? 'R' : 'O'}|${questions.map((q) => q.id).join(' ')}`;
  let schema = schemaCache.get(key);
  if (!schema) {
    schema = z.object(Object.fromEntries(questions.map((q) => [fieldKey(q.id), questionSchema(q, required)])));
    schemaCache.set(key, schema);
  }
  return schema;
}

/** The form's starting value for a question, from its stored answer. */
export function draftOf(q: Question, answer: Answer | undefined): QuestionDraft {
  const v = answer?.value;
  let value: string | string[];
  if (q.type === 'multi') value = Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
  else if (isNumeric(q)) value = typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
  else value = typeof v === 'string' ? v : '';
  if (answer?.dontKnow) value = Array.isArray(value) ? [] : '';
  return { answer: { value, dontKnow: Boolean(answer?.dontKnow) }, note: answer?.note ?? '' };
}

type Patch = Partial<Omit<Answer, 'updatedAt'>>;

/**
 * What to store for a draft answer, or null when the store already holds it. An entry that is
 * not valid is stored as no value at all (the text stays on screen with its message), so a
 * result never rests on a number the user did not mean, such as 15 on the way to 150.
 */
export function answerPatch(q: Question, draft: AnswerDraft, valid: boolean, stored: Answer | undefined): Patch | null {
  let value: Answer['value'];
  if (draft.dontKnow || !valid) value = undefined;
  else if (isNumeric(q)) value = typeof draft.value === 'string' && draft.value.trim() !== '' ? parseDecimal(draft.value) : undefined;
  else value = filled(draft.value) ? draft.value : undefined;
  const dontKnow = draft.dontKnow;
  const same =
    Boolean(stored?.dontKnow) === dontKnow &&
    JSON.stringify(stored?.value ?? null) === JSON.stringify(value ?? null);
  return same ? null : { value, dontKnow };
}
