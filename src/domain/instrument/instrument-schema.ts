import * as z from 'zod/mini';
import { AXES, DIMENSIONS, QUESTION_TYPES, SECTIONS, UNITS, questionsIn } from './vocabulary';
import { predicateSchema } from './predicate-schema';
import { revisionSchema } from './revision-schema';

export { QUESTION_TYPES, RUNGS, UNITS } from './vocabulary';
export type { QuestionType, Rung } from './vocabulary';

const id = z.string().check(z.minLength(1), z.regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/));
const credit = z.number().check(z.gte(0), z.lte(1));

/** A choice. `value` is its partial credit (0 / 0.25 / 0.5 / 1 …); profile questions and facts carry none. */
export const optionSchema = z.strictObject({
  id,
  value: z.optional(credit),
  /** Multiple choice: picking it clears the others ("none of these"). */
  exclusive: z.optional(z.boolean()),
});
export type Option = z.infer<typeof optionSchema>;

/** A numeric band: an answer ≥ `min` (and below the next band's min) earns `value`. */
export const bandSchema = z.strictObject({ min: z.number(), value: credit });
export type Band = z.infer<typeof bandSchema>;

/**
 * Bands that depend on a profile answer (R&D intensity against the High-tech Enterprise threshold of
 * the firm's own revenue band). The question's own `bands` apply when that answer is missing.
 */
export const bandsBySchema = z.strictObject({
  question: id,
  bands: z.record(z.string(), z.array(bandSchema).check(z.minLength(2))),
});
export type BandsBy = z.infer<typeof bandsBySchema>;

export const questionSchema = z.strictObject({
  id,
  section: z.enum(SECTIONS),
  /** Position within its section; ids never encode order. */
  order: z.number().check(z.int(), z.gte(1)),
  type: z.enum(QUESTION_TYPES),
  options: z.optional(z.array(optionSchema).check(z.minLength(2))),
  bands: z.optional(z.array(bandSchema).check(z.minLength(2))),
  bandsBy: z.optional(bandsBySchema),
  unit: z.optional(z.enum(UNITS)),
  /** Largest acceptable numeric answer (percentages: 100); every numeric question has one. */
  max: z.optional(z.number()),
  /**
   * Weight within the dimension; the weights of a dimension sum to 1. Profile questions: 0. A dimension
   * question with weight 0 is a fact the ladder or the advice reads (e.g. why production moved abroad).
   */
  weight: z.number().check(z.gte(0), z.lte(1)),
  /** Shown only when this holds (answer tests only). */
  condition: z.optional(predicateSchema),
  /**
   * A follow-up of another question of the same dimension that does not apply when it is hidden
   * (which areas written compliance rules cover, when there are none): its weight then goes to that
   * question, so a question that cannot apply is never scored as 0.
   */
  followUpOf: z.optional(id),
  /** Part of the short path (about 12 questions) that gives a provisional rung and model position. */
  quick: z.optional(z.boolean()),
  /** Citation: where in the paper (or which public source) the question comes from. */
  source: z.string().check(z.minLength(3)),
});
export type Question = z.infer<typeof questionSchema>;

/** True when every question a quick question's condition reads is itself on the quick path. */
function quickPathIsClosed(questions: readonly Question[]): boolean {
  const quick = new Set(questions.filter((q) => q.quick).map((q) => q.id));
  return questions.every((q) => !q.quick || !q.condition || questionsIn(q.condition).every((read) => quick.has(read)));
}

/** One condition of a rung of the ladder; a rung is reached when all its gates and those below pass. */
export const gateSchema = z.strictObject({
  id,
  rung: z.enum(['product', 'brand', 'integrated']),
  test: predicateSchema,
  source: z.string().check(z.minLength(3)),
});
export type Gate = z.infer<typeof gateSchema>;

/** A component of a model axis: a dimension score (0–100) or a question's credit (0–1, ×100). */
export const axisComponentSchema = z.union([
  z.strictObject({ dimension: z.enum(DIMENSIONS), weight: credit }),
  z.strictObject({ question: id, weight: credit }),
]);
export type AxisComponent = z.infer<typeof axisComponentSchema>;

export const instrumentSchema = z.strictObject({
  version: z.string(),
  questions: z.array(questionSchema).check(z.minLength(1)),
  gates: z.array(gateSchema),
  axes: z.strictObject({ T: z.array(axisComponentSchema), R: z.array(axisComponentSchema) }),
  /** An axis at or above this is "strong"; both strong = convergent. */
  strongAxis: z.number().check(z.gte(0), z.lte(100)),
  /** A lean (T − R) / 100 smaller than this either way is "balanced" (results, report and advice alike). */
  balancedLean: z.number().check(z.gt(0), z.lt(1)),
  /** Below this share of visible questions answered, a result is incomplete (provisional). */
  minAnsweredShare: credit,
  /** How answers given to earlier versions are carried into this one, oldest first. */
  revisions: z.array(revisionSchema),
}).check(
  z.refine((i) => quickPathIsClosed(i.questions), {
    message: 'a quick question may be shown or hidden only by other quick questions (the quick path asks nothing else)',
  }),
);
export type Instrument = z.infer<typeof instrumentSchema>;
export { AXES };
