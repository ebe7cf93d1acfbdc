import type { Rung } from '../instrument/instrument-schema';
import type { AxisId, DimensionId } from '../instrument/predicate-schema';
import type { GateEvidence } from '../scoring/result-types';
import type { Actor, Effect, Horizon, Kind, ModelId, Stage, Tier } from './rule-schema';

/** A gate a rule read, and whether it passed. */
export interface GateRead {
  id: string;
  passed: boolean;
}

/** A dimension score (0–100) a rule read. */
export interface DimensionRead {
  dimension: DimensionId;
  score: number;
}

/** A model axis (0–100) a rule read. */
export interface AxisRead {
  axis: AxisId;
  value: number;
}

/** A raise of importance that applied, with what it read. */
export interface AppliedBoost {
  /** Text key under `boosts` (a situation's name, or the rule's reason). */
  reason: string;
  add: number;
  answers: GateEvidence[];
  gates: GateRead[];
  axes: AxisRead[];
}

/** "Why you see this": only visible answers, and the figures the rule read. */
export interface RecommendationWhy {
  /** The answers that made the rule fire (never a hidden question). */
  answers: GateEvidence[];
  gates: GateRead[];
  dimensions: DimensionRead[];
  axes: AxisRead[];
  boosts: AppliedBoost[];
}

/** One fired rule: what to do, how urgent, who acts, and why (display text by key in `recommendations`). */
export interface Recommendation {
  id: string;
  dimension: DimensionId;
  /** gap × importance: 0 to 4.5 with the current rules (see README "How recommendations are prioritised"). */
  priority: number;
  /** The priority in words: what users see (thresholds in priority-tiers.ts). */
  tier: Tier;
  kind: Kind;
  for: Stage;
  /** 1 little, 2 some, 3 much effort. */
  effort: number;
  /**
   * 'unknown' when every answer the gap rests on is "don't know" or unanswered: the firm cannot be told
   * it lacks something it may have, only asked to find out (the questions are in `unknownAnswers`).
   */
  basis: 'known' | 'unknown';
  unknownAnswers: string[];
  /** How many rungs up the nearest failing gate it helps is (1: the next rung); null when it helps none. */
  rungsAway: number | null;
  /** What carrying it out changes in the answers (the planner's input). */
  effect: Effect[];
  /** 0–1: how far the firm is from what the rule asks. */
  gap: number;
  /** Base (1–3) plus the boosts that applied. */
  importance: number;
  horizon: Horizon;
  actor: Actor;
  why: RecommendationWhy;
  /** Full text keys in the `recommendations` namespace. */
  text: { title: string; why: string; steps: string[] };
  /** Ids in the support catalogue: what to call on. */
  support: string[];
  /** Support the rule names that the firm already uses (acknowledged, not recommended again). */
  supportInUse: string[];
  leadsTo: { rung: Exclude<Rung, 'none'> | null; model: ModelId | null };
  /** True when a target was given and this recommendation leads there. */
  onRoadmap: boolean;
  covers: string[];
}

/** Where the user wants to go: a rung, a model, or both. */
export interface RecommendTarget {
  /** A rung to reach; 'none' is where a firm starts, never a target. */
  rung?: Exclude<Rung, 'none'>;
  model?: ModelId;
}
