import * as z from 'zod/mini';
import { AXES, DIMENSIONS, type Predicate } from './vocabulary';

// The vocabulary and the predicate helpers are plain data and functions in vocabulary.ts, so that
// screens which only show results do not load the validation library; re-exported here for the
// content and its tests.
export { AXES, DIMENSIONS, SECTIONS, gatesIn, isAnswerOnly, questionsIn } from './vocabulary';
export type { AxisId, DimensionId, Predicate, SectionId } from './vocabulary';

const id = z.string().check(z.minLength(1));
const dimension = z.enum(DIMENSIONS);
const axis = z.enum(AXES);

export const predicateSchema: z.ZodMiniType<Predicate> = z.union([
  z.strictObject({ q: id, is: z.array(id).check(z.minLength(1)) }),
  z.strictObject({ q: id, atLeast: z.number() }),
  z.strictObject({ q: id, below: z.number() }),
  z.strictObject({ q: id, creditBelow: z.number().check(z.gte(0), z.lte(1)) }),
  z.strictObject({ q: id, unknown: z.literal(true) }),
  z.strictObject({ dimension, below: z.number() }),
  z.strictObject({ dimension, atLeast: z.number() }),
  z.strictObject({ axis, below: z.number() }),
  z.strictObject({ axis, atLeast: z.number() }),
  z.strictObject({ gate: id, passed: z.boolean() }),
  z.strictObject({ get all() { return z.array(predicateSchema).check(z.minLength(1)); } }),
  z.strictObject({ get any() { return z.array(predicateSchema).check(z.minLength(1)); } }),
  z.strictObject({ get not() { return predicateSchema; } }),
]);
