import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { answersFromValues } from '../assessment/answers-from-values';
import { answersArbitrary } from '../../../test/fixtures/answer-arbitraries';
import { ARCHETYPES } from '../../../test/fixtures/archetypes';
import { DIMENSIONS } from '../instrument/vocabulary';
import { recommend } from '../recommendations/recommend';
import { scoreAssessment } from '../scoring/score-assessment';
import { aggregateCohort, buildCohort } from './aggregate-cohort';
import { firmFigures, type CohortFirm } from './firm-figures';

const firms: CohortFirm[] = ARCHETYPES.map((a) => ({ id: a.id, name: a.description, answers: a.answers }));
const randomFirms: CohortFirm[] = fc
  .sample(answersArbitrary(instrument), { numRuns: 25, seed: 7 })
  .map((answers, i) => ({ id: `r${i}`, name: '', answers }));

describe('cohort aggregation', () => {
  it('computes each firm’s figures exactly as the engine does', () => {
    for (const firm of [...firms, ...randomFirms]) {
      const f = firmFigures(instrument, RULES, firm);
      const r = scoreAssessment(instrument, firm.answers);
      expect(f.rung, `${firm.id}`).toBe(r.ladder.rung);
      expect(f.provisional).toBe(r.ladder.provisional);
      expect([f.T, f.R, f.quadrant]).toEqual([r.model.T.value, r.model.R.value, r.model.quadrant]);
      for (const d of DIMENSIONS) expect(f.dimensions[d], `${firm.id} ${d}`).toBe(r.profile[d].score);
      expect(f.answeredShare).toBe(r.completeness.answeredShare);
      expect(f.top.map((t) => t.id)).toEqual(recommend(r, firm.answers, instrument, RULES).slice(0, 5).map((x) => x.id));
    }
  });

  it('gives the cohort averages, extremes and rung counts the engine’s per-firm figures imply', () => {
    const all = [...firms, ...randomFirms];
    const cohort = buildCohort(instrument, RULES, all);
    const results = all.map((f) => scoreAssessment(instrument, f.answers));
    expect(cohort.count).toBe(all.length);
    for (const d of DIMENSIONS) {
      const scores = results.map((r) => r.profile[d].score);
      const s = cohort.dimensions[d]!;
      expect(s.mean, `${d}`).toBeCloseTo(scores.reduce((x, y) => x + y, 0) / scores.length, 9);
      expect(s.min).toBe(Math.min(...scores));
      expect(s.max).toBe(Math.max(...scores));
    }
    expect(cohort.axes.T!.mean).toBeCloseTo(results.reduce((s, r) => s + r.model.T.value, 0) / results.length, 9);
    for (const row of cohort.ladder) {
      expect(row.total, `${row.rung}`).toBe(results.filter((r) => r.ladder.rung === row.rung).length);
      expect(row.provisional, `${row.rung}`).toBe(results.filter((r) => r.ladder.rung === row.rung && r.ladder.provisional).length);
    }
    expect(cohort.completeness.provisional).toBe(results.filter((r) => !r.completeness.complete).length);
  });

  it('counts how many firms have each recommendation among their first five, most frequent first', () => {
    const cohort = buildCohort(instrument, RULES, firms);
    const tops = firms.map((f) => {
      const r = scoreAssessment(instrument, f.answers);
      return recommend(r, f.answers, instrument, RULES).slice(0, 5).map((x) => x.id);
    });
    for (const rec of cohort.recommendations) {
      expect(rec.count, `${rec.id}`).toBe(tops.filter((t) => t.includes(rec.id)).length);
      expect(rec.share).toBeCloseTo(rec.count / firms.length, 12);
    }
    const counts = cohort.recommendations.map((r) => r.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(cohort.recommendations.reduce((s, r) => s + r.count, 0)).toBe(tops.flat().length);
  });

  it('is that very firm when the cohort has one firm', () => {
    for (const firm of firms) {
      const f = firmFigures(instrument, RULES, firm);
      const c = aggregateCohort([f]);
      expect(c.count).toBe(1);
      expect(c.ladder.filter((r) => r.total > 0)).toEqual([
        { rung: f.rung, total: 1, confirmed: f.provisional ? 0 : 1, provisional: f.provisional ? 1 : 0, share: 1 },
      ]);
      for (const d of DIMENSIONS) {
        const v = f.dimensions[d];
        expect(c.dimensions[d]).toEqual({ count: 1, mean: v, min: v, q1: v, median: v, q3: v, max: v });
      }
      expect(c.points).toEqual([{ id: firm.id, T: f.T, R: f.R, quadrant: f.quadrant }]);
      expect(c.recommendations.map((r) => [r.id, r.count, r.share])).toEqual(f.top.map((t) => [t.id, 1, 1]));
      expect(c.completeness.answeredShare?.mean).toBe(f.answeredShare);
    }
  });

  it('shows an empty cohort as zero firms with no averages', () => {
    const c = aggregateCohort([]);
    expect(c.count).toBe(0);
    expect(c.ladder.every((r) => r.total === 0 && r.share === 0)).toBe(true);
    expect(c.dimensions.rd).toBeNull();
    expect(c.axes).toEqual({ T: null, R: null });
    expect(c.recommendations).toEqual([]);
    expect(c.cbam.cost).toEqual({ lowEur: 0, highEur: 0, lowCny: 0, highCny: 0 });
  });
});

describe('CBAM exposure in the room (estimates from official default values)', () => {
  const cbamFirm = (id: string, values: Record<string, string | number | string[]>): CohortFirm => ({ id, name: '', answers: answersFromValues(values) });
  const steel = cbamFirm('steel', { 'profile.cbam_goods': 'yes', 'profile.cbam_product': 'flat_steel', 'profile.cbam_tonnes': 1200 });
  const alu = cbamFirm('alu', { 'profile.cbam_goods': 'yes', 'profile.cbam_product': 'unwrought_aluminium', 'profile.cbam_tonnes': 300 });
  const older = cbamFirm('older', { 'profile.industry': 'aluminium', 'profile.cbam_goods': 'yes', 'profile.cbam_tonnes': 500 });
  const parts = cbamFirm('parts', { 'profile.industry': 'machinery', 'profile.cbam_goods': 'yes', 'profile.cbam_tonnes': 80 });
  const power = cbamFirm('power', { 'profile.cbam_goods': 'yes', 'profile.cbam_product': 'electricity', 'profile.cbam_tonnes': 5000 });
  const none = cbamFirm('none', { 'profile.industry': 'iron_steel', 'profile.cbam_goods': 'no' });
  const noTonnes = cbamFirm('no-tonnes', { 'profile.cbam_goods': 'yes', 'profile.cbam_product': 'cement' });

  it('sums only the firms that name a product family, each at its family’s official default value', () => {
    const c = buildCohort(instrument, RULES, [steel, alu, older, parts, power, none, noTonnes]).cbam;
    // 2026 at the Q3 2026 price (€82.32): 7208 (3.506 marked up, 3.187 without; benchmark 1.370), 7601 (3.300 / 3.000;
    // 1.423), electricity (0.605 t/MWh fallback, no benchmark, no mark-up).
    const price = 82.32;
    const high = ((3.506 - 1.37 * 0.975) * 1200 + (3.3 - 1.423 * 0.975) * 300 + 0.605 * 5000) * price;
    const low = ((3.506 / 1.1 - 1.37 * 0.975) * 1200 + (3.3 / 1.1 - 1.423 * 0.975) * 300 + 0.605 * 5000) * price;
    expect(c.exposed).toBe(6);
    expect(c.estimated, 'the older profile and machinery name no family; cement has no quantity').toBe(3);
    expect(c.tonnes, 'tonnes of goods, electricity apart').toBe(1200 + 300 + 500 + 80);
    expect(c.mwh).toBe(5000);
    expect(c.cost.highEur).toBeCloseTo(high, 6);
    expect(c.cost.lowEur).toBeCloseTo(low, 6);
    expect(c.assumptions).toEqual({ year: 2026, certificatePriceEur: 82.32, cnyPerEur: 8.2 });
    expect(c.bySector.map((s) => [s.sector, s.firms, s.quantity])).toEqual([
      ['iron_steel', 1, 1200],
      ['aluminium', 2, 800],
      ['cement', 1, 0],
      ['electricity', 1, 5000],
      [null, 1, 80],
    ]);
  });
});
