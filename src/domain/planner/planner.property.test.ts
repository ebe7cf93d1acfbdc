import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { SUPPORT } from '@/content/recommendations/support';
import { answersArbitrary } from '../../../test/fixtures/answer-arbitraries';
import type { Answers } from '../assessment/assessment';
import { RUNGS } from '../instrument/vocabulary';
import { recommend } from '../recommendations/recommend';
import type { RecommendTarget } from '../recommendations/recommendation-types';
import { MODELS } from '../recommendations/rule-schema';
import { creditOf } from '../scoring/answer-credit';
import { scoreAssessment } from '../scoring/score-assessment';
import { applyEffects } from './apply-effects';
import { meetsTarget, roadmapTo } from './roadmap';
import { planScenario } from './scenario';

const advise = (answers: Answers, target?: RecommendTarget) =>
  recommend(scoreAssessment(instrument, answers), answers, instrument, RULES, target ? { target, support: SUPPORT } : { support: SUPPORT });

const deepFreeze = <T>(x: T): T => {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
};

const targetArbitrary: fc.Arbitrary<RecommendTarget> = fc.oneof(
  fc.record({ rung: fc.constantFrom(...RUNGS.filter((r) => r !== 'none')) }),
  fc.record({ model: fc.constantFrom(...MODELS) }),
  fc.record({ rung: fc.constantFrom(...RUNGS.filter((r) => r !== 'none')), model: fc.constantFrom(...MODELS) }),
);

const ruleIds = RULES.map((r) => r.id);

describe('planner (fast-check)', () => {
  it('never changes the stored answers: planned answers are a new object, the input stays as it was', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), fc.subarray(ruleIds), (answers, actions) => {
        const before = structuredClone(answers);
        deepFreeze(answers);
        // Frozen: any write to the stored answers would throw.
        const planned = planScenario(answers, { actions, answers: {} }, RULES, instrument);
        expect(answers).toEqual(before);
        if (JSON.stringify(planned.answers) !== JSON.stringify(before)) expect(planned.answers).not.toBe(answers);
      }),
      { numRuns: 200 },
    );
  });

  it('only ever raises an answer: no scored question loses credit, no gate that passed fails', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), fc.subarray(ruleIds), (answers, actions) => {
        const effects = RULES.filter((r) => actions.includes(r.id)).flatMap((r) => r.effect);
        const planned = applyEffects(answers, effects, instrument);
        for (const q of instrument.questions) {
          if (q.weight > 0 && planned[q.id] !== answers[q.id]) expect(creditOf(q, planned[q.id]), q.id).toBeGreaterThanOrEqual(creditOf(q, answers[q.id]));
        }
        const before = scoreAssessment(instrument, answers);
        const after = scoreAssessment(instrument, planned);
        const passedBefore = before.ladder.gates.filter((g) => g.passed).map((g) => g.id);
        const passedAfter = new Set(after.ladder.gates.filter((g) => g.passed).map((g) => g.id));
        expect(passedBefore.filter((g) => !passedAfter.has(g))).toEqual([]);
        expect(RUNGS.indexOf(after.ladder.rung)).toBeGreaterThanOrEqual(RUNGS.indexOf(before.ladder.rung));
      }),
      { numRuns: 200 },
    );
  });

  it('calls a roadmap reached only when re-scoring its planned answers meets the target, and names what is missing otherwise', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), targetArbitrary, (answers, target) => {
        const recs = advise(answers, target);
        const roadmap = roadmapTo(target, answers, recs, instrument);
        const effects = roadmap.actions.flatMap((id) => recs.find((r) => r.id === id)!.effect);
        const rescored = scoreAssessment(instrument, applyEffects(answers, effects, instrument));
        expect(meetsTarget(rescored, target, instrument.strongAxis)).toBe(roadmap.reached);
        if (!roadmap.reached) expect(roadmap.missing.gates.length + (roadmap.missing.axis ? 1 : 0)).toBeGreaterThan(0);
        // Each action is one the firm was advised, taken at most once.
        expect(new Set(roadmap.actions).size).toBe(roadmap.actions.length);
      }),
      { numRuns: 120 },
    );
  });
});
