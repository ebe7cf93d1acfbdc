import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RUNGS } from '../instrument/vocabulary';
import type { Question } from '../instrument/instrument-schema';
import type { Answer, Answers } from '../assessment/assessment';
import { answersArbitrary, validValue } from '../../../test/fixtures/answer-arbitraries';
import { chosenOptions, creditOf, numericValue } from './answer-credit';
import { scoreAssessment } from './score-assessment';

const scoredQuestions = instrument.questions.filter((q) => q.section !== 'profile');

/** A value at least as good as the current answer to `q` (what "improving one answer" means). */
function betterAnswer(q: Question, current: Answer | undefined): fc.Arbitrary<Answer> {
  const at = (value: string | string[] | number): Answer => ({ value, updatedAt: 1 });
  if (q.type === 'multi') {
    const kept = (chosenOptions(q, current) ?? []).filter((id) => !q.options!.find((o) => o.id === id)?.exclusive);
    const extra = q.options!.filter((o) => !o.exclusive).map((o) => o.id);
    return fc.subarray(extra).map((more) => at([...new Set([...kept, ...more])])).filter((a) => (a.value as string[]).length > 0 || kept.length === 0);
  }
  if (q.options) {
    const floor = creditOf(q, current);
    return fc.constantFrom(...q.options.filter((o) => (o.value ?? 0) >= floor).map((o) => at(o.id)));
  }
  const now = numericValue(q, current) ?? 0;
  const max = q.max ?? now + 1000;
  return fc.double({ min: now, max: Math.max(now, max), noNaN: true }).map(at);
}

const figures = (answers: Answers) => {
  const r = scoreAssessment(instrument, answers);
  return { r, dims: Object.values(r.profile).map((d) => d.score), T: r.model.T.value, R: r.model.R.value, rung: RUNGS.indexOf(r.ladder.rung) };
};

describe('scoring properties (fast-check)', () => {
  it('keeps every figure in range for any answers, junk included', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), (answers) => {
        const r = scoreAssessment(instrument, answers);
        for (const d of Object.values(r.profile)) expect(d.score >= 0 && d.score <= 100, d.dimension).toBe(true);
        for (const v of [r.model.T.value, r.model.R.value, r.model.convergence]) expect(v >= 0 && v <= 100).toBe(true);
        expect(Math.abs(r.model.lean)).toBeLessThanOrEqual(1);
        expect(r.ladder.progressToNext >= 0 && r.ladder.progressToNext <= 1).toBe(true);
        const c = r.completeness;
        expect(c.answered + c.dontKnow + c.unanswered).toBe(c.total);
        expect(RUNGS).toContain(r.ladder.rung);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a dimension, an axis or the rung when one answer improves', () => {
    const arb = answersArbitrary(instrument).chain((answers) =>
      fc.constantFrom(...scoredQuestions).chain((q) => betterAnswer(q, answers[q.id]).map((better) => ({ answers, q, better }))),
    );
    fc.assert(
      fc.property(arb, ({ answers, q, better }) => {
        const before = figures(answers);
        const after = figures({ ...answers, [q.id]: better });
        after.dims.forEach((d, i) => expect(d, `dimension ${i} after improving ${q.id}`).toBeGreaterThanOrEqual(before.dims[i]! - 1e-9));
        expect(after.T).toBeGreaterThanOrEqual(before.T - 1e-9);
        expect(after.R).toBeGreaterThanOrEqual(before.R - 1e-9);
        expect(after.rung, `rung after improving ${q.id}`).toBeGreaterThanOrEqual(before.rung);
      }),
      { numRuns: 500 },
    );
  });

  it('never lets one answer carry more than a fifth of an axis, whatever the answers', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), (answers) => {
        const r = scoreAssessment(instrument, answers);
        for (const axis of [r.model.T, r.model.R]) {
          for (const c of axis.contributions) expect(c.points, `${c.questionId} on ${axis.axis}`).toBeLessThanOrEqual(20 + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same answers always give the same result', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), (answers) => {
        const copy = structuredClone(answers);
        expect(scoreAssessment(instrument, copy)).toEqual(scoreAssessment(instrument, answers));
      }),
      { numRuns: 100 },
    );
  });

  it('never counts an answer hidden by its condition', () => {
    const hiddenable = instrument.questions.filter((q) => q.condition);
    const arb = answersArbitrary(instrument).chain((answers) =>
      fc.tuple(...hiddenable.map((q) => validValue(q))).map((values) => ({ answers, values })),
    );
    fc.assert(
      fc.property(arb, ({ answers, values }) => {
        const base = scoreAssessment(instrument, answers);
        const changed: Answers = { ...answers };
        hiddenable.forEach((q, i) => {
          if (!base.visible.includes(q.id)) changed[q.id] = { value: values[i]!, updatedAt: 2 };
        });
        expect(scoreAssessment(instrument, changed)).toEqual(base);
      }),
      { numRuns: 300 },
    );
  });
});
