import { RUNGS, type Rung } from '../instrument/vocabulary';
import type { Instrument } from '../instrument/instrument-schema';
import { questionsIn, type Predicate } from '../instrument/vocabulary';
import { indexInstrument, type InstrumentIndex } from '../scoring/instrument-index';
import { assignBits, compilePredicate, positionsOf, readerFor, type QuestionReader } from './compile-predicate';
import { planFor, type ExplainTarget } from './explain-rule';
import type { GapMeasure, ModelId, Rule } from './rule-schema';

/** A rule's compiled `when` or boost, ready to explain. */
export type Explained = ExplainTarget;

/** A boost in the shape the hot loop wants: no key tests, the `if` compiled. */
export interface CompiledBoost {
  kind: 'if' | 'next_rung' | 'lean';
  add: number;
  /** Text key under `boosts` (for `lean`: the model's, e.g. `lean_rule_export`). */
  reason: string;
  test: Explained | null;
}

/** A rule with everything that does not depend on the answers worked out once. */
export interface CompiledRule {
  rule: Rule;
  when: Explained;
  boosts: CompiledBoost[];
  /** The gates it helps pass, with their rungs (for the next-rung boost). */
  helps: { id: string; rung: Exclude<Rung, 'none'> }[];
  /** Shared, read-only `leadsTo` of every recommendation from this rule: the highest rung among the gates it helps. */
  leadsTo: { rung: Exclude<Rung, 'none'> | null; model: ModelId | null };
  /** Questions of a `questions` gap, with their readers. */
  /** `notApplicable`: hidden, the question leaves the gap (profile condition, or a follow-up of its parent). */
  gapQuestions: { id: string; at: number; reader: QuestionReader; notApplicable: boolean }[];
  rungIndex: number;
  text: { title: string; why: string; steps: string[] };
}

/** The compiled rules of one instrument and rule list, with the gate lookups they need. */
export interface RuleIndex {
  instrument: InstrumentIndex;
  rules: CompiledRule[];
  /** The questions each gate reads (what its evidence lists). */
  gateQuestions: Map<string, string[]>;
}

const cache = new WeakMap<Instrument, WeakMap<readonly Rule[], RuleIndex>>();

/** The leaves a gap measure reads, reported in every "why". */
function gapLeaves(gap: GapMeasure): Predicate[] {
  if ('questions' in gap) return gap.questions.map((q) => ({ q, unknown: true as const }));
  if ('dimension' in gap) return [{ dimension: gap.dimension, below: 0 }];
  if ('axis' in gap) return [{ axis: gap.axis, below: 0 }];
  if ('gates' in gap) return gap.gates.map((g) => ({ gate: g, passed: false }));
  return [];
}

/** Predicate objects that appear more than once across the rules (shared situations), each with a memo slot. */
function sharedPredicates(rules: readonly Rule[]): Map<Predicate, number> {
  const seen = new Set<Predicate>();
  const slots = new Map<Predicate, number>();
  const walk = (p: Predicate) => {
    if (seen.has(p)) {
      if (!slots.has(p)) slots.set(p, slots.size);
      return;
    }
    seen.add(p);
    if ('all' in p) p.all.forEach(walk);
    else if ('any' in p) p.any.forEach(walk);
    else if ('not' in p) walk(p.not);
  };
  for (const rule of rules) {
    walk(rule.when);
    for (const b of rule.boosts) if ('if' in b) walk(b.if);
  }
  return slots;
}

/** Returns (and caches per instrument and rule list) the compiled rules. */
export function indexRules(instrument: Instrument, rules: readonly Rule[]): RuleIndex {
  let byRules = cache.get(instrument);
  if (!byRules) cache.set(instrument, (byRules = new WeakMap()));
  const hit = byRules.get(rules);
  if (hit) return hit;
  const index = indexInstrument(instrument);
  const gateRung = new Map(instrument.gates.map((g) => [g.id, g.rung]));
  const gateQuestions = new Map(instrument.gates.map((g) => [g.id, [...new Set(questionsIn(g.test))]]));
  const slots = sharedPredicates(rules);
  const explained = (p: Predicate, extra: Predicate[]): Explained => {
    const predicate = compilePredicate(p, index, slots);
    const plan = predicate.fixedLeaves ? planFor([...predicate.leaves, ...extra], gateQuestions) : null;
    const bits = assignBits(predicate);
    // Only a shared predicate with nothing extra always explains the same way within one assessment.
    const slot = extra.length === 0 ? slots.get(p) : undefined;
    return { predicate, plan, extra, planCache: plan || bits > 30 ? null : new Map(), ...(slot === undefined ? {} : { slot }) };
  };
  const compiled = rules.map((rule): CompiledRule => {
    const rungIndex = Math.max(0, ...(rule.leadsTo.gates ?? []).map((g) => RUNGS.indexOf(gateRung.get(g) ?? 'none')));
    const key = `rules.${rule.id}`;
    const gapIds = 'questions' in rule.gap ? rule.gap.questions : [];
    return {
      rule,
      when: explained(rule.when, gapLeaves(rule.gap)),
      boosts: rule.boosts.map((b): CompiledBoost => {
        if ('if' in b) return { kind: 'if', add: b.add, reason: b.reason, test: explained(b.if, []) };
        return { kind: b.situation, add: b.add, reason: b.situation === 'lean' ? `lean_${rule.leadsTo.model}` : 'next_rung', test: null };
      }),
      helps: (rule.leadsTo.gates ?? []).flatMap((id) => {
        const rung = gateRung.get(id);
        return rung ? [{ id, rung }] : [];
      }),
      leadsTo: { rung: rungIndex > 0 ? (RUNGS[rungIndex] as Exclude<Rung, 'none'>) : null, model: rule.leadsTo.model ?? null },
      gapQuestions: gapIds.flatMap((id) => {
        const q = index.byId.get(id);
        const notApplicable = index.profileConditioned.has(id) || q?.followUpOf !== undefined;
        return q ? [{ id, at: positionsOf(index).get(id)!, reader: readerFor(q, positionsOf(index)), notApplicable }] : [];
      }),
      rungIndex,
      text: { title: `${key}.title`, why: `${key}.why`, steps: rule.steps.map((s) => `${key}.steps.${s}`) },
    };
  });
  const result = { instrument: index, rules: compiled, gateQuestions };
  byRules.set(rules, result);
  return result;
}
