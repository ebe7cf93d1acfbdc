import type { AxisId, DimensionId, Predicate } from '../instrument/predicate-schema';
import type { GateEvidence } from '../scoring/result-types';
import type { InstrumentIndex } from '../scoring/instrument-index';
import { readerFor, type CompiledPredicate, type EvalState } from './compile-predicate';
import type { AxisRead, DimensionRead, GateRead } from './recommendation-types';

/** What a rule or boost rested on: visible answers, gates, dimension scores, axes. */
export interface Explanation {
  answers: GateEvidence[];
  gates: GateRead[];
  dimensions: DimensionRead[];
  axes: AxisRead[];
}

/** What to report, worked out from the leaves once: questions (a gate's own questions included), gates, figures. */
export interface ExplainPlan {
  questions: string[];
  gates: string[];
  dimensions: DimensionId[];
  axes: AxisId[];
}

/** The evaluation state plus the instrument's questions and the evidence built so far in this call. */
export interface ExplainContext extends EvalState {
  index: InstrumentIndex;
  positions: Map<string, number>;
  /** Evidence by question position, shared by every rule that reads it (undefined: not built yet). */
  evidence: (GateEvidence | null | undefined)[];
  /** Explanations of shared predicates by memo slot (read-only once built). */
  explained: (Explanation | undefined)[];
}

/** Orders and de-duplicates what a list of leaves reads; `gateQuestions` says what each gate reads. */
export function planFor(leaves: readonly Predicate[], gateQuestions: ReadonlyMap<string, readonly string[]>): ExplainPlan {
  const plan: ExplainPlan = { questions: [], gates: [], dimensions: [], axes: [] };
  const add = <T>(list: T[], x: T) => {
    if (!list.includes(x)) list.push(x);
  };
  for (const leaf of leaves) {
    if ('q' in leaf) add(plan.questions, leaf.q);
    else if ('gate' in leaf) {
      add(plan.gates, leaf.gate);
      for (const q of gateQuestions.get(leaf.gate) ?? []) add(plan.questions, q);
    } else if ('axis' in leaf) add(plan.axes, leaf.axis);
    else if ('dimension' in leaf) add(plan.dimensions, leaf.dimension);
  }
  return plan;
}

/**
 * The leaves that made a true predicate true: every part of an `all`, only the branches of an
 * `any` that hold, everything under a `not`. So "why" names what triggered the rule, not every
 * question the rule could have read.
 */
function triggerLeaves(p: CompiledPredicate, s: EvalState, out: Predicate[]): void {
  if (p.fixedLeaves) out.push(...p.leaves);
  else if ('any' in p.source) {
    for (const c of p.children) if (c.test(s)) triggerLeaves(c, s, out);
  } else for (const c of p.children) triggerLeaves(c, s, out);
}

/** One visible answer as evidence (same shape as `evidenceFor`); null when hidden or unknown. */
function evidenceOf(questionId: string, ctx: ExplainContext): GateEvidence | null {
  const at = ctx.positions.get(questionId);
  if (at === undefined) return null;
  const known = ctx.evidence[at];
  if (known !== undefined) return known;
  const q = ctx.index.instrument.questions[at]!;
  let e: GateEvidence | null = null;
  if (ctx.shown[at] === true) {
    const a = ctx.values[at];
    const status = readerFor(q, ctx.positions).status(a);
    e = status === 'answered' && a?.value !== undefined ? { questionId, status, value: a.value } : { questionId, status };
  }
  ctx.evidence[at] = e;
  return e;
}

/** Reads a plan against this assessment; hidden questions are never listed. */
export function resolvePlan(plan: ExplainPlan, ctx: ExplainContext): Explanation {
  const out: Explanation = { answers: [], gates: [], dimensions: [], axes: [] };
  for (const id of plan.questions) {
    const e = evidenceOf(id, ctx);
    if (e) out.answers.push(e);
  }
  for (const id of plan.gates) out.gates.push({ id, passed: ctx.gates.get(id) ?? false });
  for (const dimension of plan.dimensions) out.dimensions.push({ dimension, score: ctx.dimensions[dimension] ?? 0 });
  for (const axis of plan.axes) out.axes.push({ axis, value: ctx.axes[axis] ?? 0 });
  return out;
}

/** Which parts of the `any`s below held, as a bit mask (bits from `assignBits`). */
function triggerMask(p: CompiledPredicate, s: EvalState): number {
  if (p.fixedLeaves) return 0;
  let mask = 0;
  const any = 'any' in p.source;
  for (const c of p.children) {
    if (any && !c.test(s)) continue;
    if (any) mask |= 1 << c.bit;
    mask |= triggerMask(c, s);
  }
  return mask;
}

/** Explains a compiled predicate that holds (plus fixed extra leaves, e.g. what a gap reads). */
export function explain(e: ExplainTarget, ctx: ExplainContext, gateQuestions: ReadonlyMap<string, readonly string[]>): Explanation {
  if (e.slot === undefined) return explainOnce(e, ctx, gateQuestions);
  return (ctx.explained[e.slot] ??= explainOnce(e, ctx, gateQuestions));
}

function explainOnce(e: ExplainTarget, ctx: ExplainContext, gateQuestions: ReadonlyMap<string, readonly string[]>): Explanation {
  if (e.plan) return resolvePlan(e.plan, ctx);
  // The same branches always give the same plan: work it out once per mask.
  const mask = e.planCache ? triggerMask(e.predicate, ctx) : -1;
  let plan = e.planCache?.get(mask);
  if (!plan) {
    const leaves: Predicate[] = [];
    triggerLeaves(e.predicate, ctx, leaves);
    leaves.push(...e.extra);
    plan = planFor(leaves, gateQuestions);
    e.planCache?.set(mask, plan);
  }
  return resolvePlan(plan, ctx);
}

/** A compiled predicate with what explaining it needs. */
export interface ExplainTarget {
  predicate: CompiledPredicate;
  /** Set when the explanation never depends on the answers. */
  plan: ExplainPlan | null;
  /** Leaves always reported besides the trigger (what a gap reads). */
  extra: Predicate[];
  /** Plans by trigger mask; null when the predicate has too many `any` parts for a mask. */
  planCache: Map<number, ExplainPlan> | null;
  /** Memo slot of a predicate shared by several rules: its explanation is built once per assessment. */
  slot?: number;
}
