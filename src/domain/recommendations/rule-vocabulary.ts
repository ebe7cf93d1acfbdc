/**
 * The words of a recommendation rule: when to act, who acts, which model it leads to, which
 * situations it reads. Plain data; the zod schema that checks the rules is in rule-schema.ts.
 */

/** When to act: now, within a year, or over a longer horizon. */
export const HORIZONS = ['now', 'year', 'longer'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** Who acts: the firm alone, with peers in a cluster or alliance, or through public services. */
export const ACTORS = ['firm', 'cluster', 'public'] as const;
export type Actor = (typeof ACTORS)[number];

/** The paper's two ideal types (§2.2), as targets of the roadmap. */
export const MODELS = ['rule_export', 'chain_integration'] as const;
export type ModelId = (typeof MODELS)[number];

/** Situations read from the result rather than from a predicate. */
export const SITUATIONS = ['next_rung', 'lean'] as const;
export type Situation = (typeof SITUATIONS)[number];
