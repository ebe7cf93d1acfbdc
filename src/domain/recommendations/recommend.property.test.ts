import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { answersArbitrary, validValue } from '../../../test/fixtures/answer-arbitraries';
import type { Answers } from '../assessment/assessment';
import { RUNGS } from '../instrument/vocabulary';
import { scoreAssessment } from '../scoring/score-assessment';
import { recommend } from './recommend';
import type { Recommendation, RecommendTarget } from './recommendation-types';
import { MODELS, type Rule } from './rule-schema';

const advise = (answers: Answers, target?: RecommendTarget, rules: readonly Rule[] = RULES) =>
  recommend(scoreAssessment(instrument, answers), answers, instrument, rules, target ? { target } : {});

/**
 * Probe rules that read every conditional question through a `not` and a gap, so that the
 * hidden-question properties are tested on rules that could break them, not only on the content.
 */
const PROBES: Rule[] = instrument.questions
  .filter((q) => q.condition)
  .map((q, i) => ({
    id: `probe_${i}`,
    dimension: 'brand',
    for: 'all',
    kind: 'gap',
    effort: 1,
    effect: [],
    when: { not: q.options ? { q: q.id, is: [q.options[0]!.id] } : { q: q.id, atLeast: 0 } },
    gap: q.weight > 0 ? { questions: [q.id] } : { fixed: 1 },
    base: 1,
    boosts: [{ if: { not: { q: q.id, unknown: true } }, add: 1, reason: 'probe' }],
    horizon: 'now',
    actor: 'firm',
    steps: ['a', 'b'],
    support: [],
    leadsTo: {},
    covers: [],
    source: 'test',
  }));
const WITH_PROBES = [...RULES, ...PROBES];

const targetArbitrary: fc.Arbitrary<RecommendTarget> = fc.record(
  { rung: fc.constantFrom(...RUNGS.filter((r) => r !== 'none')), model: fc.constantFrom(...MODELS) },
  { requiredKeys: [] },
);

/** Every question id a recommendation's "why" names, boosts included. */
const questionsNamed = (r: Recommendation) => [...r.why.answers, ...r.why.boosts.flatMap((b) => b.answers)].map((a) => a.questionId);

describe('recommend properties (fast-check)', () => {
  it('is deterministic: the same answers always give the same recommendations', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), targetArbitrary, (answers, target) => {
        expect(advise(structuredClone(answers), target)).toEqual(advise(answers, target));
      }),
      { numRuns: 150 },
    );
  });

  it('gives finite priorities of 0 or more, gaps in (0, 1], importance at least the base, sorted gaps first, then by priority step', () => {
    const base = new Map(RULES.map((r) => [r.id, r.base]));
    fc.assert(
      fc.property(answersArbitrary(instrument), (answers) => {
        const recs = advise(answers);
        for (const r of recs) {
          expect(Number.isFinite(r.priority) && r.priority >= 0, `${r.id} priority`).toBe(true);
          expect(r.gap > 0 && r.gap <= 1, `${r.id} gap`).toBe(true);
          expect(r.importance).toBeGreaterThanOrEqual(base.get(r.id)!);
        }
        // Gaps, then keep-and-deepen; within each, priority in half-point steps never rises.
        const step = (p: number) => Math.round(p * 2);
        const kindsOutOfOrder = recs.slice(1).filter((r, i) => r.kind === 'gap' && recs[i]!.kind === 'deepen');
        expect(kindsOutOfOrder.map((r) => r.id)).toEqual([]);
        const unsorted = recs.slice(1).filter((r, i) => r.kind === recs[i]!.kind && step(r.priority) > step(recs[i]!.priority));
        expect(unsorted.map((r) => r.id)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('names only visible questions in every "why", boosts included', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), (answers) => {
        const result = scoreAssessment(instrument, answers);
        const visible = new Set(result.visible);
        for (const r of recommend(result, answers, instrument, WITH_PROBES)) {
          for (const q of questionsNamed(r)) expect(visible.has(q), `${r.id} names hidden ${q}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never removes or reprices a recommendation because of a target, only reorders, roadmap first', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), targetArbitrary, (answers, target) => {
        const plain = advise(answers);
        const planned = advise(answers, target);
        const key = (list: Recommendation[]) => list.map((r) => `${r.id}:${r.priority}`).sort();
        expect(key(planned)).toEqual(key(plain));
        const firstOff = planned.findIndex((r) => !r.onRoadmap);
        const rest = firstOff < 0 ? [] : planned.slice(firstOff);
        expect(rest.every((r) => !r.onRoadmap), 'no roadmap item after the rest').toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('is not moved by answers kept under hidden questions', () => {
    const conditional = instrument.questions.filter((q) => q.condition);
    const arb = answersArbitrary(instrument).chain((answers) =>
      fc.tuple(...conditional.map((q) => validValue(q))).map((values) => ({ answers, values })),
    );
    fc.assert(
      fc.property(arb, ({ answers, values }) => {
        const visible = new Set(scoreAssessment(instrument, answers).visible);
        const changed: Answers = { ...answers };
        conditional.forEach((q, i) => {
          if (!visible.has(q.id)) changed[q.id] = { value: values[i]!, updatedAt: 9 };
        });
        expect(advise(changed, undefined, WITH_PROBES)).toEqual(advise(answers, undefined, WITH_PROBES));
      }),
      { numRuns: 200 },
    );
  });
});
