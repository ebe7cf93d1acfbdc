import type { Answer } from '../assessment/assessment';
import type { Question } from '../instrument/instrument-schema';
import type { AxisId, DimensionId, Predicate } from '../instrument/predicate-schema';
import { bandCredit, type AnswerStatus } from '../scoring/answer-credit';
import type { InstrumentIndex } from '../scoring/instrument-index';

/**
 * A predicate compiled once per instrument into closures, so that 40-odd rules can be checked
 * thousands of times a second (issue 3: 10,000 assessments scored and advised in < 0.5 s).
 * Same meaning as `evaluatePredicate` and `creditOf` (a property test holds them equal); the
 * speed comes from looking questions and option ids up once instead of on every call.
 */
export interface EvalState {
  /** The answer at each question's position (looked up once per assessment, not once per test). */
  values: (Answer | undefined)[];
  /** True at a question's position in the instrument when it is shown (see `positionsOf`). */
  shown: boolean[];
  /** Results of predicates shared by several rules (EXPORTING, SME…), by slot; filled on first use. */
  memo: (boolean | undefined)[];
  dimensions: Partial<Record<DimensionId, number>>;
  axes: Partial<Record<AxisId, number>>;
  gates: Map<string, boolean>;
}

/** A predicate as a closure tree: `test` decides it; the rest serves explanations. */
export interface CompiledPredicate {
  source: Predicate;
  test: (s: EvalState) => boolean;
  /** all / any: their parts; not: the negated predicate; a leaf: none. */
  children: CompiledPredicate[];
  /** Every leaf below (or itself), in order. */
  leaves: Predicate[];
  /** True when no `any` sits below outside a `not`: then all leaves always explain it. */
  fixedLeaves: boolean;
  /** As a part of an `any`: its bit in the trigger mask of the whole predicate (see `assignBits`), else -1. */
  bit: number;
}

/** Fast readers of one question's answer, equal to numericValue / creditOf / answerStatus. */
export interface QuestionReader {
  question: Question;
  numeric: (a: Answer | undefined) => number | null;
  /** The option ids of the question. */
  optionIds: ReadonlySet<string>;
  /** True when a chosen option is in `want`, a subset of `optionIds` (chosenOptions(...)?.some(want.has), without allocating). */
  picks: (a: Answer | undefined, want: ReadonlySet<string>) => boolean;
  /** `values` (the answers by position) choose size-aware bands; see `bandsFor`. */
  credit: (a: Answer | undefined, values?: readonly (Answer | undefined)[]) => number;
  status: (a: Answer | undefined) => AnswerStatus;
}

const readers = new WeakMap<Question, QuestionReader>();

/**
 * Returns (and caches) the readers of a question. `positions` (the instrument's) is needed once for a
 * question whose bands depend on a profile answer.
 */
export function readerFor(q: Question, positions?: ReadonlyMap<string, number>): QuestionReader {
  const hit = readers.get(q);
  if (hit) return hit;
  const byAt = q.bandsBy ? positions?.get(q.bandsBy.question) : undefined;
  const ids = new Set((q.options ?? []).map((o) => o.id));
  const values = new Map((q.options ?? []).map((o) => [o.id, o.value ?? 0]));
  const numericType = q.type === 'percent' || q.type === 'number';
  const numeric = (a: Answer | undefined): number | null => {
    if (!a || a.dontKnow) return null;
    const v = a.value;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (q.max !== undefined && v > q.max)) return null;
    return v;
  };
  const multi = q.type === 'multi';
  const chosenValue = (a: Answer | undefined) => (!a || a.dontKnow || !q.options ? undefined : a.value);
  const picks = (a: Answer | undefined, want: ReadonlySet<string>): boolean => {
    const v = chosenValue(a);
    if (multi) {
      if (!Array.isArray(v)) return false;
      for (const x of v) if (want.has(x)) return true;
      return false;
    }
    return typeof v === 'string' && want.has(v);
  };
  const anyChosen = (a: Answer | undefined): boolean => {
    const v = chosenValue(a);
    if (multi) return Array.isArray(v) && v.some((x) => ids.has(x));
    return typeof v === 'string' && ids.has(v);
  };
  const bandsOf = (answersAt: readonly (Answer | undefined)[] | undefined) => {
    if (!q.bandsBy || byAt === undefined || !answersAt) return q.bands;
    const by = answersAt[byAt];
    const key = by && !by.dontKnow && typeof by.value === 'string' ? by.value : undefined;
    return (key !== undefined && Object.hasOwn(q.bandsBy.bands, key) ? q.bandsBy.bands[key] : undefined) ?? q.bands;
  };
  const credit = (a: Answer | undefined, answersAt?: readonly (Answer | undefined)[]): number => {
    if (a?.dontKnow) return 0;
    const bands = bandsOf(answersAt);
    if (bands) {
      const v = numeric(a);
      return v === null ? 0 : bandCredit(bands, v);
    }
    const v = chosenValue(a);
    let total = 0;
    if (multi) {
      if (!Array.isArray(v)) return 0;
      for (const x of v) if (ids.has(x)) total += values.get(x) ?? 0;
    } else if (typeof v === 'string' && ids.has(v)) total = values.get(v) ?? 0;
    return Math.min(1, Math.max(0, total));
  };
  const status = (a: Answer | undefined): AnswerStatus => {
    if (a?.dontKnow) return 'dontKnow';
    return (numericType ? numeric(a) !== null : anyChosen(a)) ? 'answered' : 'unanswered';
  };
  const reader = { question: q, optionIds: ids, numeric, picks, credit, status };
  readers.set(q, reader);
  return reader;
}

const never = () => false;

const positions = new WeakMap<InstrumentIndex, Map<string, number>>();

/** Each question's position in the instrument, the index into `EvalState.shown`. */
export function positionsOf(index: InstrumentIndex): Map<string, number> {
  let hit = positions.get(index);
  if (!hit) positions.set(index, (hit = new Map(index.instrument.questions.map((q, i) => [q.id, i]))));
  return hit;
}

/**
 * Compiles a predicate against an instrument's questions. A predicate object listed in `slots`
 * (one shared by several rules) is evaluated once per assessment and remembered.
 */
export function compilePredicate(p: Predicate, index: InstrumentIndex, slots?: ReadonlyMap<Predicate, number>): CompiledPredicate {
  const node = compileNode(p, index, slots);
  const slot = slots?.get(p);
  if (slot !== undefined) {
    const raw = node.test;
    node.test = (s) => {
      const known = s.memo[slot];
      if (known !== undefined) return known;
      const v = raw(s);
      s.memo[slot] = v;
      return v;
    };
  }
  return node;
}

function compileNode(p: Predicate, index: InstrumentIndex, slots?: ReadonlyMap<Predicate, number>): CompiledPredicate {
  if ('all' in p || 'any' in p) {
    const children = ('all' in p ? p.all : p.any).map((x) => compilePredicate(x, index, slots));
    // Plain loops: `every((c) => c.test(s))` would allocate a closure on every call.
    const test: CompiledPredicate['test'] =
      'all' in p
        ? (s) => {
            for (const c of children) if (!c.test(s)) return false;
            return true;
          }
        : (s) => {
            for (const c of children) if (c.test(s)) return true;
            return false;
          };
    const leaves = children.flatMap((c) => c.leaves);
    return { source: p, children, test, leaves, fixedLeaves: 'all' in p && children.every((c) => c.fixedLeaves), bit: -1 };
  }
  if ('not' in p) {
    const inner = compilePredicate(p.not, index, slots);
    return { source: p, children: [inner], test: (s) => !inner.test(s), leaves: inner.leaves, fixedLeaves: true, bit: -1 };
  }
  return { source: p, children: [], test: compileLeaf(p, index), leaves: [p], fixedLeaves: true, bit: -1 };
}

/** Gives every part of every `any` below a bit of its own; returns how many bits were used. */
export function assignBits(p: CompiledPredicate, next = 0): number {
  if (p.fixedLeaves) return next;
  for (const c of p.children) {
    if ('any' in p.source) c.bit = next++;
    next = assignBits(c, next);
  }
  return next;
}

function compileLeaf(p: Predicate, index: InstrumentIndex): (s: EvalState) => boolean {
  if ('dimension' in p || 'axis' in p) {
    const read = 'dimension' in p ? (s: EvalState) => s.dimensions[p.dimension] : (s: EvalState) => s.axes[p.axis];
    if ('atLeast' in p) {
      return (s) => {
        const v = read(s);
        return v !== undefined && v >= p.atLeast;
      };
    }
    return (s) => {
      const v = read(s);
      return v !== undefined && v < p.below;
    };
  }
  if ('gate' in p) return (s) => s.gates.get(p.gate) === p.passed;
  if (!('q' in p)) return never;
  const q = index.byId.get(p.q);
  if (!q) return never;
  const at = positionsOf(index).get(p.q) ?? -1;
  const r = readerFor(q, positionsOf(index));
  if ('is' in p) {
    const want = new Set(p.is.filter((x) => r.optionIds.has(x)));
    return (s) => s.shown[at] === true && r.picks(s.values[at], want);
  }
  if ('atLeast' in p) {
    return (s) => {
      const v = s.shown[at] === true ? r.numeric(s.values[at]) : null;
      return v !== null && v >= p.atLeast;
    };
  }
  if ('below' in p) {
    return (s) => {
      const v = s.shown[at] === true ? r.numeric(s.values[at]) : null;
      return v !== null && v < p.below;
    };
  }
  if ('creditBelow' in p) return (s) => s.shown[at] === true && r.credit(s.values[at], s.values) < p.creditBelow;
  return (s) => s.shown[at] === true && r.status(s.values[at]) !== 'answered';
}
