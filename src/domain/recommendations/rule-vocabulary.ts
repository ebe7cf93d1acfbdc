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

/**
 * Whom a rule is for, by export stage: firms still starting (no or only occasional sales abroad), firms
 * exporting every year, or all. The engine enforces it, so nothing that presumes operations abroad
 * reaches a firm that does not export yet (paper §5.1, §5.3: its path starts with first customers).
 */
export const STAGES = ['starting', 'exporting', 'all'] as const;
export type Stage = (typeof STAGES)[number];

/** A gap to close, or a strength to keep and deepen (the common constraints of §3.3 bind leaders too). */
export const KINDS = ['gap', 'deepen'] as const;
export type Kind = (typeof KINDS)[number];

/** Priority in words, from the numeric priority (thresholds in the rule content). */
export const TIERS = ['high', 'medium', 'later'] as const;
export type Tier = (typeof TIERS)[number];
