import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { answersArbitrary } from '../../../test/fixtures/answer-arbitraries';
import type { Answers } from '../assessment/assessment';
import type { Predicate } from '../instrument/predicate-schema';
import { answerStatus, creditOf } from '../scoring/answer-credit';
import { evaluatePredicate } from '../scoring/evaluate-predicate';
import { indexInstrument } from '../scoring/instrument-index';
import { scoreAssessment } from '../scoring/score-assessment';
import { compilePredicate, positionsOf, readerFor, type EvalState } from './compile-predicate';

const index = indexInstrument(instrument);

/** Every predicate the rules and gates use, each part on its own too. */
function allPredicates(): Predicate[] {
  const out: Predicate[] = [];
  const walk = (p: Predicate) => {
    out.push(p);
    if ('all' in p) p.all.forEach(walk);
    else if ('any' in p) p.any.forEach(walk);
    else if ('not' in p) walk(p.not);
  };
  for (const r of RULES) {
    walk(r.when);
    for (const b of r.boosts) if ('if' in b) walk(b.if);
  }
  for (const g of instrument.gates) walk(g.test);
  return out;
}

function stateOf(answers: Answers): { s: EvalState; ctx: Parameters<typeof evaluatePredicate>[1] } {
  const r = scoreAssessment(instrument, answers);
  const visible = new Set(r.visible);
  const positions = positionsOf(index);
  const shown: boolean[] = [];
  const values: EvalState['values'] = [];
  for (const id of visible) {
    shown[positions.get(id)!] = true;
    values[positions.get(id)!] = answers[id];
  }
  const dimensions = Object.fromEntries(Object.values(r.profile).map((d) => [d.dimension, d.score]));
  const axes = { T: r.model.T.value, R: r.model.R.value };
  const gates = new Map(r.ladder.gates.map((g) => [g.id, g.passed]));
  return { s: { shown, values, memo: [], dimensions, axes, gates }, ctx: { index, answers, visible, dimensions, axes, gates } };
}

describe('compiled predicates', () => {
  const predicates = allPredicates();
  const compiled = predicates.map((p) => compilePredicate(p, index));

  it('decide every rule and gate predicate exactly as evaluatePredicate does, junk answers included', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), (answers) => {
        const { s, ctx } = stateOf(answers);
        const differ = predicates.filter((p, i) => compiled[i]!.test(s) !== evaluatePredicate(p, ctx));
        expect(differ.map((p) => JSON.stringify(p))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('read credit and status exactly as creditOf and answerStatus do', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), (answers) => {
        const read = instrument.questions.map((q) => [q.id, readerFor(q).credit(answers[q.id]), readerFor(q).status(answers[q.id])]);
        const reference = instrument.questions.map((q) => [q.id, creditOf(q, answers[q.id]), answerStatus(q, answers[q.id])]);
        expect(read).toEqual(reference);
      }),
      { numRuns: 200 },
    );
  });

  it('remember a shared predicate once per assessment, with the same result', () => {
    const shared: Predicate = { q: 'profile.export_status', is: ['regular'] };
    const slots = new Map([[shared, 0]]);
    const p = compilePredicate({ all: [shared, { not: shared }] }, index, slots);
    const { s } = stateOf({ 'profile.export_status': { value: 'regular', updatedAt: 0 } });
    expect(p.test(s), 'a predicate and its negation never both hold').toBe(false);
    expect(s.memo[0], 'the shared part was evaluated and stored').toBe(true);
  });
});
