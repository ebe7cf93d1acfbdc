import type { Answers } from '../assessment/assessment';
import type { AxisId, DimensionId, Predicate } from '../instrument/predicate-schema';
import { questionsIn } from '../instrument/vocabulary';
import { answerStatus } from './answer-credit';
import type { InstrumentIndex } from './instrument-index';
import type { AnswerSheet } from './dimension-profile';
import type { GateEvidence } from './result-types';
import { testAnswers } from './visibility';

/** What a predicate may read besides answers. Missing figures make their tests false. */
export interface PredicateContext {
  index: InstrumentIndex;
  answers: Answers;
  visible: Set<string>;
  dimensions?: Partial<Record<DimensionId, number>>;
  axes?: Partial<Record<AxisId, number>>;
  /** The most each axis could reach if every open answer on it ("don't know", unanswered) were at its best. */
  axesUpper?: Partial<Record<AxisId, number>>;
  gates?: Map<string, boolean>;
  /** Statuses already read for this scoring (by question position), so evidence need not re-read answers. */
  sheet?: AnswerSheet;
}

/** Evaluates any predicate of the instrument's condition language. Total: never throws. */
export function evaluatePredicate(p: Predicate, ctx: PredicateContext): boolean {
  if ('all' in p) return p.all.every((x) => evaluatePredicate(x, ctx));
  if ('any' in p) return p.any.some((x) => evaluatePredicate(x, ctx));
  if ('not' in p) return !evaluatePredicate(p.not, ctx);
  if ('q' in p) return testAnswers(p, ctx.index, ctx.answers, (id) => ctx.visible.has(id));
  if ('dimension' in p) {
    const v = ctx.dimensions?.[p.dimension];
    if (v === undefined) return false;
    return 'atLeast' in p ? v >= p.atLeast : v < p.below;
  }
  if ('axis' in p) {
    const v = ctx.axes?.[p.axis];
    if (v === undefined) return false;
    return 'atLeast' in p ? v >= p.atLeast : v < p.below;
  }
  const g = ctx.gates?.get(p.gate);
  return g !== undefined && g === p.passed;
}

/**
 * Three-valued reading of a predicate: true or false when the answers decide it, null when it fails
 * only for want of answers ("don't know" or not yet answered) that could still make it hold. So a gate
 * failed on a "don't know" is shown as not known, never as a "no".
 */
export function evaluateKnown(p: Predicate, ctx: PredicateContext): boolean | null {
  if ('all' in p) {
    let open = false;
    for (const x of p.all) {
      const v = evaluateKnown(x, ctx);
      if (v === false) return false;
      if (v === null) open = true;
    }
    return open ? null : true;
  }
  if ('any' in p) {
    let open = false;
    for (const x of p.any) {
      const v = evaluateKnown(x, ctx);
      if (v === true) return true;
      if (v === null) open = true;
    }
    return open ? null : false;
  }
  if ('not' in p) {
    const v = evaluateKnown(p.not, ctx);
    return v === null ? null : !v;
  }
  if ('axis' in p) {
    const v = ctx.axes?.[p.axis];
    const upper = ctx.axesUpper?.[p.axis];
    if (v !== undefined && upper !== undefined && upper > v) {
      if ('atLeast' in p && v < p.atLeast && upper >= p.atLeast) return null;
      if ('below' in p && v < p.below && upper >= p.below) return null;
    }
  }
  if ('q' in p && !('unknown' in p)) {
    const q = ctx.index.byId.get(p.q);
    const at = ctx.sheet ? ctx.index.position.get(p.q) : undefined;
    const status = at !== undefined ? ctx.sheet!.status[at] : q && ctx.visible.has(p.q) ? answerStatus(q, ctx.answers[p.q]) : 'hidden';
    if (status === 'dontKnow' || status === 'unanswered') return null;
    // Hidden only because the answers that would show it are not known yet: not known either.
    if (q?.condition && !ctx.visible.has(p.q) && evaluateKnown(q.condition, ctx) === null) return null;
  }
  return evaluatePredicate(p, ctx);
}

// Predicates are content (static objects): what they read is computed once per object.
const readsCache = new WeakMap<Predicate, { questions: string[]; axes: AxisId[] }>();
function reads(p: Predicate) {
  let r = readsCache.get(p);
  if (!r) {
    r = { questions: [...new Set(questionsIn(p))], axes: [...new Set(axesOf(p))] };
    readsCache.set(p, r);
  }
  return r;
}

/** The answers a predicate read, as evidence for "why" (each question once, in order). */
export function evidenceFor(p: Predicate, ctx: PredicateContext): GateEvidence[] {
  const ids = reads(p).questions;
  return ids.flatMap((questionId): GateEvidence[] => {
    const q = ctx.index.byId.get(questionId);
    if (!q) return [];
    if (!ctx.visible.has(questionId)) return [{ questionId, status: 'hidden' }];
    const a = ctx.answers[questionId];
    const at = ctx.sheet ? ctx.index.position.get(questionId) : undefined;
    const read = at !== undefined ? ctx.sheet!.status[at] : undefined;
    const status = read && read !== 'hidden' ? read : answerStatus(q, a);
    return [status === 'answered' && a?.value !== undefined ? { questionId, status, value: a.value } : { questionId, status }];
  });
}

function axesOf(p: Predicate): AxisId[] {
  if ('axis' in p) return [p.axis];
  if ('all' in p) return p.all.flatMap(axesOf);
  if ('any' in p) return p.any.flatMap(axesOf);
  if ('not' in p) return axesOf(p.not);
  return [];
}

/** Axes a predicate read, each once. */
export function axesIn(p: Predicate): AxisId[] {
  return reads(p).axes;
}
