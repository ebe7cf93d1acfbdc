import * as z from 'zod/mini';

const id = z.string().check(z.minLength(1), z.regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/));

/**
 * Where one earlier answer goes in the new version. `options` maps old option ids to new ones (an
 * array when the new question is a multiple choice); an option mapped to null cannot be carried, so
 * the question must be answered again; unlisted options keep their id. `check`: the wording or the
 * options changed enough that the user is asked to look at the carried answer.
 */
export const carrySchema = z.strictObject({
  to: id,
  options: z.optional(z.record(z.string(), z.nullable(z.union([z.string(), z.array(z.string())])))),
  check: z.optional(z.boolean()),
});
export type Carry = z.infer<typeof carrySchema>;

/**
 * How answers given to version `from` become answers to version `to` (content data; see
 * `upgradeAnswers`). Every question of `from` is listed in `previousQuestions`, so a test proves that
 * none is forgotten. `carry` names the questions whose answers move or change; an empty list means
 * the question was removed (its answer is kept aside, never dropped). Unlisted questions keep their id
 * and answer, provided the answer is still valid.
 */
export const revisionSchema = z.strictObject({
  from: z.string().check(z.minLength(1)),
  to: z.string().check(z.minLength(1)),
  previousQuestions: z.array(id).check(z.minLength(1)),
  carry: z.record(id, z.array(carrySchema)),
});
export type Revision = z.infer<typeof revisionSchema>;
