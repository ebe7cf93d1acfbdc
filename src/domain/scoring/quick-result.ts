import type { Answers } from '../assessment/assessment';
import type { Instrument, Rung } from '../instrument/instrument-schema';
import type { AxisId } from '../instrument/predicate-schema';
import { answerStatus } from './answer-credit';
import { evaluateKnown, type PredicateContext } from './evaluate-predicate';
import { indexInstrument } from './instrument-index';
import type { Contribution, GateResult, Quadrant, Leaning, ScoreResult } from './result-types';
import { scoreAssessment } from './score-assessment';

/** A gate not yet decided: it fails only for want of answers, which are listed. */
export interface MissingGate {
  id: string;
  rung: Exclude<Rung, 'none'>;
  /** Open questions it reads (unanswered, "don't know", or not shown only because what shows them is open). */
  questions: string[];
  /** Axes it reads that are themselves still open. */
  axes: AxisId[];
}

/** An axis resting in part on open answers: its value so far and the most those answers could add. */
export interface MissingAxis {
  axis: AxisId;
  value: number;
  /** The value with every open answer on the axis at its best (≤ 100). */
  upper: number;
  questions: string[];
}

export interface QuickResult {
  /** The engine's result on these answers, unchanged: the quick path never scores on its own. */
  result: ScoreResult;
  rung: Rung;
  model: { T: number; R: number; quadrant: Quadrant; leaning: Leaning };
  /** True while the engine calls the result provisional or anything the rung or the axes read is open. */
  provisional: boolean;
  /** The rung cannot rise with more answers: the top is reached or a gate of the next rung has failed. */
  rungSettled: boolean;
  missing: { gates: MissingGate[]; axes: MissingAxis[] };
  /** The quick questions shown, answered and open (instrument order). */
  quick: { ids: string[]; answered: number; open: string[] };
}

/** The quick path's questions (flagged `quick` in the content), in the order they are asked. */
export function quickQuestionIds(instrument: Instrument): string[] {
  return instrument.questions.filter((q) => q.quick).map((q) => q.id);
}

/** Whether a question's answer is still open: open when shown, or hidden only because what would show it is open. */
function isOpen(ctx: PredicateContext, id: string): boolean {
  const q = ctx.index.byId.get(id);
  if (!q) return false;
  if (ctx.visible.has(id)) return answerStatus(q, ctx.answers[id]) !== 'answered';
  return q.condition !== undefined && evaluateKnown(q.condition, ctx) === null;
}

function missingAxis(ctx: PredicateContext, axis: AxisId, value: number, contributions: Contribution[]): MissingAxis | null {
  const open = contributions.filter((c) => isOpen(ctx, c.questionId));
  if (open.length === 0) return null;
  const room = open.reduce((s, c) => s + c.share * 100 - c.points, 0);
  return { axis, value, upper: Math.min(100, value + room), questions: open.map((c) => c.questionId) };
}

function missingGate(ctx: PredicateContext, gate: GateResult, openAxes: Set<AxisId>): MissingGate | null {
  if (!gate.unknown) return null;
  return {
    id: gate.id,
    rung: gate.rung,
    questions: gate.evidence.map((e) => e.questionId).filter((id) => isOpen(ctx, id)),
    axes: gate.axes.map((a) => a.axis).filter((a) => openAxes.has(a)),
  };
}

/**
 * The provisional result of the quick path (or of any answers): the engine's rung and model position,
 * with which gates and axes still rest on open answers. Pure; the scoring is scoreAssessment's alone.
 */
export function provisionalResult(instrument: Instrument, answers: Answers): QuickResult {
  const result = scoreAssessment(instrument, answers);
  const index = indexInstrument(instrument);
  const ctx: PredicateContext = { index, answers, visible: new Set(result.visible) };
  const { T, R } = result.model;
  const axes = [missingAxis(ctx, 'T', T.value, T.contributions), missingAxis(ctx, 'R', R.value, R.contributions)].filter(
    (a): a is MissingAxis => a !== null,
  );
  const openAxes = new Set(axes.map((a) => a.axis));
  const gates = result.ladder.gates.map((g) => missingGate(ctx, g, openAxes)).filter((g): g is MissingGate => g !== null);
  const { rung, next } = result.ladder;
  const rungSettled = next === null || result.ladder.gates.some((g) => g.rung === next && !g.passed && !g.unknown);
  const ids = quickQuestionIds(instrument).filter((id) => ctx.visible.has(id));
  const open = ids.filter((id) => isOpen(ctx, id));
  return {
    result,
    rung,
    model: { T: T.value, R: R.value, quadrant: result.model.quadrant, leaning: result.model.leaning },
    provisional: result.ladder.provisional || gates.length > 0 || axes.length > 0,
    rungSettled,
    missing: { gates, axes },
    quick: { ids, answered: ids.length - open.length, open },
  };
}

