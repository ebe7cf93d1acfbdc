import * as z from 'zod/mini';
import { AXES, DIMENSIONS } from '../instrument/vocabulary';
import { predicateSchema } from '../instrument/predicate-schema';
import { ACTORS, HORIZONS, KINDS, MODELS, SITUATIONS, STAGES } from './rule-vocabulary';

// The vocabulary is plain data in rule-vocabulary.ts (screens read it without loading zod).
export { ACTORS, HORIZONS, KINDS, MODELS, SITUATIONS, STAGES, TIERS } from './rule-vocabulary';
export type { Actor, Horizon, Kind, ModelId, Situation, Stage, Tier } from './rule-vocabulary';

const id = z.string().check(z.regex(/^[a-z][a-z0-9_]*$/));
const qid = z.string().check(z.minLength(1));

/**
 * How far the firm is from what the rule asks, 0–1:
 * - questions: 1 − mean credit of the named scored questions (hidden for lack of a capability = 0;
 *   hidden because of the profile = left out);
 * - dimension / axis: (100 − score) / 100;
 * - gates: the share of the named gates that fail;
 * - fixed: a yes/no shortfall the `when` already establishes (e.g. export control not covered).
 */
export const gapSchema = z.union([
  z.strictObject({ questions: z.array(qid).check(z.minLength(1)) }),
  z.strictObject({ dimension: z.enum(DIMENSIONS) }),
  z.strictObject({ axis: z.enum(AXES) }),
  z.strictObject({ gates: z.array(qid).check(z.minLength(1)) }),
  z.strictObject({ fixed: z.number().check(z.gt(0), z.lte(1)) }),
]);
export type GapMeasure = z.infer<typeof gapSchema>;

const add = z.number().check(z.gt(0), z.lte(3));

/**
 * A raise of importance. `if`: a predicate on answers, scores or gates, explained by `reason`
 * (a text key under `boosts`). `next_rung`: the rule helps a failing gate of the firm's next rung.
 * `lean`: the firm already leans to the model the rule builds (deepen the own model first, §2.3).
 */
export const boostSchema = z.union([
  z.strictObject({ if: predicateSchema, add, reason: id }),
  z.strictObject({ situation: z.enum(SITUATIONS), add }),
]);
export type Boost = z.infer<typeof boostSchema>;

/**
 * What carrying out the action changes in the answers, for the what-if planner: raise a question to an
 * option (`to`) or to the least answer worth `credit`, or add an option to a multiple choice (`add`).
 * Changes only ever raise an answer; `when` limits one to some firms (e.g. an online store for B2C).
 */
export const effectSchema = z.union([
  z.strictObject({ q: qid, to: id, when: z.optional(predicateSchema) }),
  z.strictObject({ q: qid, add: id, when: z.optional(predicateSchema) }),
  z.strictObject({ q: qid, credit: z.number().check(z.gt(0), z.lte(1)), when: z.optional(predicateSchema) }),
]);
export type Effect = z.infer<typeof effectSchema>;

/** One recommendation rule, as data (see README “How recommendations are prioritised”). */
export const ruleSchema = z.strictObject({
  /** Stable id; also the text key prefix `rules.<id>` in locales/<lng>/recommendations.json. */
  id,
  dimension: z.enum(DIMENSIONS),
  /** Firms still starting, exporting every year, or all (enforced by the engine). */
  for: z.enum(STAGES),
  /** A gap to close, or a strength to keep and deepen. */
  kind: z.enum(KINDS),
  /** 1 little, 2 some, 3 much effort: breaks ties after what moves the firm up soonest. */
  effort: z.number().check(z.int(), z.gte(1), z.lte(3)),
  /** The rule fires when this holds (and its gap is above zero). */
  when: predicateSchema,
  gap: gapSchema,
  /** 1 useful, 2 important, 3 essential. */
  base: z.number().check(z.gte(1), z.lte(3)),
  boosts: z.array(boostSchema),
  horizon: z.enum(HORIZONS),
  actor: z.enum(ACTORS),
  /** Step ids; text at `rules.<id>.steps.<step>`. */
  steps: z.array(id).check(z.minLength(2), z.maxLength(4)),
  /** Ids in the public support catalogue. */
  support: z.array(id),
  /** The gates it helps pass (its rung is theirs) and/or the model it builds, for the roadmap. */
  leadsTo: z.strictObject({ gates: z.optional(z.array(qid)), model: z.optional(z.enum(MODELS)) }),
  /** Ids of the paper's §4 constraints and §5 countermeasures it answers. */
  covers: z.array(id),
  /** What the action changes in the answers (the planner re-scores with it); empty when no answer measures it. */
  effect: z.array(effectSchema),
  source: z.string().check(z.minLength(3)),
});
export type Rule = z.infer<typeof ruleSchema>;

/** One item of public support; text at `support.<id>.name` and `support.<id>.description`. */
export const supportSchema = z.strictObject({
  id,
  kind: z.enum(['insurance', 'finance', 'platform', 'policy', 'guide', 'legal', 'zone', 'brand', 'scheme', 'network']),
  /** When the answers say the firm already uses it: then it is acknowledged as in use, not recommended. */
  inUseWhen: z.optional(predicateSchema),
  /** Who provides it, and where it is described (public source). */
  source: z.string().check(z.minLength(3)),
});
export type SupportItem = z.infer<typeof supportSchema>;
