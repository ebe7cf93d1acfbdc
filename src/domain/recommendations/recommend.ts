import type { Answers } from '../assessment/assessment';
import { RUNGS } from '../instrument/vocabulary';
import type { Instrument } from '../instrument/instrument-schema';
import type { DimensionId } from '../instrument/predicate-schema';
import type { InstrumentIndex } from '../scoring/instrument-index';
import type { ScoreResult } from '../scoring/result-types';
import { positionsOf } from './compile-predicate';
import { explain, type ExplainContext } from './explain-rule';
import { measureGap } from './measure-gap';
import type { AppliedBoost, Recommendation, RecommendTarget } from './recommendation-types';
import { indexRules, type CompiledRule, type Explained, type RuleIndex } from './rule-index';
import type { Rule, SupportItem } from './rule-schema';
import { testAnswers } from '../scoring/visibility';
import { HORIZONS, type Horizon } from './rule-vocabulary';
import { tierOf } from './priority-tiers';

/** Options of `recommend`. */
export interface RecommendOptions {
  /** With a target, the recommendations that lead there come first (the roadmap). */
  target?: RecommendTarget;
  /** The support catalogue: items the firm already uses move from `support` to `supportInUse`. */
  support?: readonly SupportItem[];
}

interface Found {
  rec: Recommendation;
  /** Roadmap order: the rung the rule leads to (model-only rules: the top rung). */
  stage: number;
  /** Builds the target model: first within its stage. */
  modelMatch: boolean;
}

/**
 * Turns a scored assessment into prioritised, explained recommendations. A rule fires when its
 * `when` holds for the visible answers and its gap is above zero; priority = gap × importance,
 * importance = base + the boosts that apply. Sorted by priority (then horizon, then id); with a
 * target, the rules leading there come first, rung by rung. Pure and deterministic.
 */
export function recommend(
  result: ScoreResult,
  answers: Answers,
  instrument: Instrument,
  rules: readonly Rule[],
  options: RecommendOptions = {},
): Recommendation[] {
  const index = indexRules(instrument, rules);
  const ctx = contextOf(result, answers, index.instrument);
  const current = RUNGS.indexOf(result.ladder.rung);
  const target = options.target;
  const targetRung = target?.rung ? RUNGS.indexOf(target.rung) : -1;
  const found: Found[] = [];
  const stage = stageOf(ctx);
  const inUse = supportInUse(options.support, result, answers, index.instrument);
  for (const compiled of index.rules) {
    const { rule } = compiled;
    // A rule for exporters never reaches a firm still starting, nor the first steps one that exports every year.
    if (rule.for !== 'all' && rule.for !== stage) continue;
    if (!compiled.when.predicate.test(ctx)) continue;
    const gap = measureGap(compiled, ctx);
    if (gap <= 0) continue;
    const boosts = applyBoosts(compiled, ctx, result, index);
    let importance = rule.base;
    for (const b of boosts) importance += b.add;
    const rungMatch = compiled.rungIndex > current && compiled.rungIndex <= targetRung;
    const modelMatch = target?.model !== undefined && rule.leadsTo.model === target.model;
    const why = explainWith(compiled.when, ctx, index);
    found.push({
      modelMatch,
      // Model-building rules serve the top rung's "define rules or control a chain" gate.
      stage: rungMatch ? compiled.rungIndex : RUNGS.length - 1,
      rec: {
        id: rule.id,
        dimension: rule.dimension,
        priority: round(gap * importance),
        tier: tierOf(round(gap * importance)),
        kind: rule.kind,
        for: rule.for,
        effort: rule.effort,
        ...basisOf(compiled, ctx),
        rungsAway: rungsAway(compiled, ctx, current),
        effect: rule.effect,
        gap: round(gap),
        importance,
        horizon: rule.horizon,
        actor: rule.actor,
        why: { answers: why.answers, gates: why.gates, dimensions: why.dimensions, axes: why.axes, boosts },
        text: compiled.text,
        support: inUse.size ? rule.support.filter((s) => !inUse.has(s)) : rule.support,
        supportInUse: inUse.size ? rule.support.filter((s) => inUse.has(s)) : [],
        leadsTo: compiled.leadsTo,
        onRoadmap: rungMatch || modelMatch,
        covers: rule.covers,
      },
    });
  }
  return found.sort(byRoadmapThenPriority).map((f) => f.rec);
}

/** The support items the visible answers say the firm already uses. */
function supportInUse(support: readonly SupportItem[] | undefined, result: ScoreResult, answers: Answers, index: InstrumentIndex): Set<string> {
  const out = new Set<string>();
  if (!support) return out;
  const visible = new Set(result.visible);
  for (const s of support) if (s.inUseWhen && testAnswers(s.inUseWhen, index, answers, (id) => visible.has(id))) out.add(s.id);
  return out;
}

/** The firm's export stage from its answer: starting (none, occasional), exporting (every year), or not known. */
function stageOf(ctx: ExplainContext): 'starting' | 'exporting' | null {
  const at = ctx.positions.get('profile.export_status');
  const a = at === undefined || !ctx.shown[at] ? undefined : ctx.values[at];
  if (!a || a.dontKnow) return null;
  return a.value === 'regular' ? 'exporting' : a.value === 'none' || a.value === 'occasional' ? 'starting' : null;
}

/** Whether the gap rests only on "don't know" or unanswered questions (then the firm is asked to find out). */
function basisOf(compiled: CompiledRule, ctx: ExplainContext): { basis: 'known' | 'unknown'; unknownAnswers: string[] } {
  const unknown: string[] = [];
  let shown = 0;
  for (const { id, at, reader } of compiled.gapQuestions) {
    if (ctx.shown[at] !== true) continue;
    shown++;
    if (reader.status(ctx.values[at]) !== 'answered') unknown.push(id);
  }
  return { basis: shown > 0 && unknown.length === shown ? 'unknown' : 'known', unknownAnswers: unknown };
}

/** How many rungs above the firm's the nearest failing gate this rule helps is; null when it helps none. */
function rungsAway(compiled: CompiledRule, ctx: ExplainContext, current: number): number | null {
  let best: number | null = null;
  for (const g of compiled.helps) {
    if (ctx.gates.get(g.id) !== false) continue;
    const away = RUNGS.indexOf(g.rung) - current;
    if (away > 0 && (best === null || away < best)) best = away;
  }
  return best;
}

/** Reads the result once into flat arrays, so that each rule's tests are index lookups. */
function contextOf(result: ScoreResult, answers: Answers, index: InstrumentIndex): ExplainContext {
  const dimensions: Partial<Record<DimensionId, number>> = {};
  for (const d of index.dimensions) dimensions[d] = result.profile[d]?.score ?? 0;
  const questions = index.instrument.questions;
  const positions = positionsOf(index);
  const shown: boolean[] = [];
  const values: ExplainContext['values'] = [];
  // `visible` follows instrument order, so one walk finds each position; the map is the fallback.
  let at = 0;
  for (const id of result.visible) {
    while (at < questions.length && questions[at]!.id !== id) at++;
    const pos = at < questions.length ? at : positions.get(id);
    if (pos === undefined) {
      at = 0;
      continue;
    }
    shown[pos] = true;
    values[pos] = answers[id];
    at = at < questions.length ? at + 1 : 0;
  }
  const gates = new Map<string, boolean>();
  for (const g of result.ladder.gates) gates.set(g.id, g.passed);
  return { index, positions, shown, values, dimensions, axes: { T: result.model.T.value, R: result.model.R.value }, gates, evidence: [], memo: [], explained: [] };
}

const explainWith = (e: Explained, ctx: ExplainContext, index: RuleIndex) => explain(e, ctx, index.gateQuestions);

function applyBoosts(compiled: CompiledRule, ctx: ExplainContext, result: ScoreResult, index: RuleIndex): AppliedBoost[] {
  const out: AppliedBoost[] = [];
  for (const b of compiled.boosts) {
    if (b.kind === 'if') {
      if (!b.test || !b.test.predicate.test(ctx)) continue;
      const { answers, gates, axes } = explainWith(b.test, ctx, index);
      out.push({ reason: b.reason, add: b.add, answers, gates, axes });
    } else if (b.kind === 'next_rung') {
      const failing: { id: string; passed: boolean }[] = [];
      for (const g of compiled.helps) if (g.rung === result.ladder.next && ctx.gates.get(g.id) === false) failing.push({ id: g.id, passed: false });
      if (failing.length) out.push({ reason: b.reason, add: b.add, answers: [], gates: failing, axes: [] });
    } else {
      // The firm leans to the model the rule builds (the instrument's one threshold, as on every screen).
      const model = compiled.leadsTo.model;
      if (!model || result.model.leaning !== model) continue;
      const axes = [
        { axis: 'T' as const, value: result.model.T.value },
        { axis: 'R' as const, value: result.model.R.value },
      ];
      out.push({ reason: b.reason, add: b.add, answers: [], gates: [], axes });
    }
  }
  return out;
}

/**
 * Roadmap first (with a target), then gaps before keep-and-deepen, then priority in half-point steps; within a step, what moves the firm up
 * the ladder soonest, then the least effort, then the exact priority, the horizon and the id. Total and
 * deterministic.
 */
function byRoadmapThenPriority(a: Found, b: Found): number {
  if (a.rec.onRoadmap !== b.rec.onRoadmap) return a.rec.onRoadmap ? -1 : 1;
  if (a.rec.onRoadmap && a.stage !== b.stage) return a.stage - b.stage;
  if (a.rec.onRoadmap && a.modelMatch !== b.modelMatch) return a.modelMatch ? -1 : 1;
  // Gaps before the keep-and-deepen advice: a strength to keep never outranks a gap to close.
  if (a.rec.kind !== b.rec.kind) return a.rec.kind === 'gap' ? -1 : 1;
  const step = (x: Found) => Math.round(x.rec.priority * 2);
  const away = (x: Found) => x.rec.rungsAway ?? Number.POSITIVE_INFINITY;
  return (
    step(b) - step(a) ||
    away(a) - away(b) ||
    a.rec.effort - b.rec.effort ||
    b.rec.priority - a.rec.priority ||
    HORIZON_RANK[a.rec.horizon] - HORIZON_RANK[b.rec.horizon] ||
    (a.rec.id < b.rec.id ? -1 : a.rec.id > b.rec.id ? 1 : 0)
  );
}

const HORIZON_RANK = Object.fromEntries(HORIZONS.map((h, i) => [h, i])) as Record<Horizon, number>;

/** Three decimals: keeps float noise out of the ordering and the display. */
const round = (x: number) => Math.round(x * 1000) / 1000;
