import { RUNGS, type Rung } from '../instrument/vocabulary';
import { axesIn, evaluateKnown, evidenceFor, type PredicateContext } from './evaluate-predicate';
import type { GateResult, LadderPlacement } from './result-types';

/**
 * Places the firm on the ladder by gates, never by an average: a rung is reached only when
 * every gate of that rung and of every rung below passes (CMMI's staged logic).
 */
export function placeOnLadder(ctx: PredicateContext, provisional: boolean): LadderPlacement {
  const gates: GateResult[] = ctx.index.instrument.gates.map((g) => {
    const axes = axesIn(g.test).map((axis) => ({ axis, value: ctx.axes?.[axis] ?? 0 }));
    const known = evaluateKnown(g.test, ctx);
    return { id: g.id, rung: g.rung, passed: known === true, unknown: known === null, evidence: evidenceFor(g.test, ctx), axes };
  });
  let rung: Rung = 'none';
  for (const candidate of RUNGS.slice(1)) {
    const own = gates.filter((g) => g.rung === candidate);
    if (own.length === 0 || !own.every((g) => g.passed)) break;
    rung = candidate;
  }
  const nextIndex = RUNGS.indexOf(rung) + 1;
  const next = nextIndex < RUNGS.length ? RUNGS[nextIndex]! : null;
  const nextGates = next ? gates.filter((g) => g.rung === next) : [];
  const progressToNext = next && nextGates.length ? nextGates.filter((g) => g.passed).length / nextGates.length : 1;
  return { rung, provisional, gates, next, progressToNext };
}
