import type { Rung } from '../instrument/instrument-schema';
import type { AxisId, DimensionId } from '../instrument/predicate-schema';
import type { AnswerStatus } from './answer-credit';

/** How one question's answer moved one figure. `points` are on the figure's own 0–100 scale. */
export interface Contribution {
  questionId: string;
  status: AnswerStatus | 'hidden';
  /** Partial credit 0–1 of the answer. */
  credit: number;
  /** The question's weight as a share of the figure (0–1). */
  share: number;
  /** credit × share × 100: what this answer added. */
  points: number;
}

export interface DimensionScore {
  dimension: DimensionId;
  /** 0–100. */
  score: number;
  contributions: Contribution[];
}

export interface AxisComponentScore {
  kind: 'dimension' | 'question';
  id: string;
  weight: number;
  /** The component's own value 0–100. */
  value: number;
  /** weight × value: what it adds to the axis. */
  points: number;
}

export interface AxisScore {
  axis: AxisId;
  /** 0–100. */
  value: number;
  components: AxisComponentScore[];
  /** Per answer, what it adds to the axis through every component. */
  contributions: Contribution[];
}

export type Quadrant = 'emerging' | 'rule_export' | 'chain_integration' | 'convergent';

/** Which model the firm leans to, or balanced (|lean| below the instrument's `balancedLean`). */
export type Leaning = 'rule_export' | 'chain_integration' | 'balanced';

export interface ModelPosition {
  T: AxisScore;
  R: AxisScore;
  quadrant: Quadrant;
  /** −1 (all chain integration) … +1 (all rule export): (T − R) / 100. */
  lean: number;
  leaning: Leaning;
  /** min(T, R): how far both models are built at once. */
  convergence: number;
}

/** An answer read by a gate, with what it was. */
export interface GateEvidence {
  questionId: string;
  status: AnswerStatus | 'hidden';
  value?: string | string[] | number;
}

export interface GateResult {
  id: string;
  rung: Exclude<Rung, 'none'>;
  passed: boolean;
  /** Not passed, and only for want of answers ("don't know" or unanswered) that could still make it pass. */
  unknown: boolean;
  evidence: GateEvidence[];
  /** Axes the gate read, with their values. */
  axes: { axis: AxisId; value: number }[];
}

export interface LadderPlacement {
  rung: Rung;
  /** True when too little is answered: the rung is indicative only, never claimed as fact. */
  provisional: boolean;
  gates: GateResult[];
  next: Rung | null;
  /** Share (0–1) of the next rung's gates already passed; 1 at the top. */
  progressToNext: number;
}

export interface Completeness {
  /** Questions currently shown (visible). */
  total: number;
  answered: number;
  dontKnow: number;
  unanswered: number;
  /** answered / total. */
  answeredShare: number;
  complete: boolean;
  /** Visible questions answered "don't know" or not at all, in instrument order. */
  open: string[];
}

export interface ScoreResult {
  instrumentVersion: string;
  profile: Record<DimensionId, DimensionScore>;
  model: ModelPosition;
  ladder: LadderPlacement;
  completeness: Completeness;
  /** Ids of questions shown for these answers. */
  visible: string[];
}
