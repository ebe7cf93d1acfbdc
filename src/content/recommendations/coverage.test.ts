import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { REFERENCE_FIRMS } from '@/content/reference-firms';
import type { Answers } from '@/domain/assessment/assessment';
import { recommend } from '@/domain/recommendations/recommend';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { RULES } from './index';
import { PAPER_ITEMS } from './paper-items';
import { OEM_SME, SAMPLE_FIRMS } from './sample-firms';

const advise = (answers: Answers, target?: Parameters<typeof recommend>[4]) =>
  recommend(scoreAssessment(instrument, answers), answers, instrument, RULES, target);

/** Rule id → the sample firms for which it fires. */
const firesFor = new Map<string, string[]>();
for (const firm of SAMPLE_FIRMS) {
  for (const rec of advise(firm.answers)) firesFor.set(rec.id, [...(firesFor.get(rec.id) ?? []), firm.id]);
}

describe('coverage of the paper (§4 constraints, §5 countermeasures)', () => {
  for (const item of PAPER_ITEMS) {
    it(`§${item.section} ${item.name}: answered by a rule that fires for some firm`, () => {
      const covering = RULES.filter((r) => r.covers.includes(item.id)).map((r) => r.id);
      expect(covering, `no rule covers ${item.id}`).not.toEqual([]);
      expect(covering.filter((id) => firesFor.has(id)), `no rule covering ${item.id} fires for any sample firm`).not.toEqual([]);
    });
  }

  it('every rule fires for at least one sample firm (none is unreachable)', () => {
    expect(RULES.filter((r) => !firesFor.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('gives no advice to an empty or all-"don’t know" assessment', () => {
    expect(advise({})).toEqual([]);
    const dontKnow = Object.fromEntries(instrument.questions.map((q) => [q.id, { dontKnow: true, updatedAt: 0 }]));
    expect(advise(dontKnow)).toEqual([]);
  });
});

describe('advice for typical firms', () => {
  const oem = advise(OEM_SME.answers);
  const brandRung = (r: Recommendation) => r.leadsTo.rung === 'brand';

  it('puts brand and channel recommendations near the top for an SME OEM exporter', () => {
    expect(oem[0]?.dimension, 'the first recommendation is about brand and channels').toBe('brand');
    const top5 = oem.slice(0, 5).map((r) => r.id);
    expect(top5).toEqual(expect.arrayContaining(['own_brand_share', 'own_channels', 'localised_marketing']));
    const unboosted = oem.filter(brandRung).filter((r) => !r.why.boosts.some((b) => b.reason === 'next_rung'));
    expect(unboosted.map((r) => r.id), 'brand-rung recommendations without the next-rung boost').toEqual([]);
  });

  it('with the brand rung as target, lists the steps to it first', () => {
    const roadmap = advise(OEM_SME.answers, { target: { rung: 'brand' } });
    const onRoadmap = roadmap.filter((r) => r.onRoadmap);
    expect(onRoadmap.length).toBeGreaterThan(2);
    expect(roadmap.slice(0, onRoadmap.length).every(brandRung), 'roadmap first, all leading to the brand rung').toBe(true);
  });

  for (const firm of REFERENCE_FIRMS) {
    it(`gives ${firm.id} (an integrated firm) few gaps, none resting on a failed gate, and things to keep and deepen`, () => {
      const recs = advise(firm.answers);
      // The cases answer "don't know" where the paper is silent; those items ask to find out and are not counted as gaps.
      const gaps = recs.filter((r) => r.kind === 'gap' && r.basis === 'known');
      expect(gaps.length).toBeLessThanOrEqual(RULES.length / 3);
      expect(gaps.length).toBeLessThan(oem.length / 2);
      expect(recs.filter((r) => r.why.gates.some((g) => !g.passed)).map((r) => r.id)).toEqual([]);
      expect(Math.max(...gaps.map((r) => r.priority)), 'their most urgent gap is less urgent than the OEM exporter’s').toBeLessThan(oem[0]!.priority);
      // §3.3: compliance risk, talent and ESG bind leaders too; the top rung is not an empty list.
      expect(recs.filter((r) => r.kind === 'deepen').length).toBeGreaterThanOrEqual(3);
    });
  }
});
