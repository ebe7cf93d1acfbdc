import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { answersArbitrary } from '../../../test/fixtures/answer-arbitraries';
import { DIMENSIONS } from '../instrument/vocabulary';
import { aggregateCohort, QUADRANTS, type Cohort } from './aggregate-cohort';
import { firmFigures, type FirmFigures } from './firm-figures';

/** Scored firms (scoring is the slow part, so each property scores a handful). */
const scoredFirms = (max: number) =>
  fc.array(answersArbitrary(instrument), { minLength: 1, maxLength: max }).map((list) =>
    list.map((answers, i) => firmFigures(instrument, RULES, { id: `f${i}`, name: '', answers })),
  );

/** The cohort without its per-firm lists, whose order is the import order by design. */
const statistics = (c: Cohort) => {
  const { points, completeness, ...rest } = c;
  return { ...rest, points: [...points].sort((a, b) => (a.id < b.id ? -1 : 1)), completeness: { ...completeness, provisionalIds: [...completeness.provisionalIds].sort() } };
};

const inRange = (x: number, lo: number, hi: number) => x >= lo && x <= hi;

describe('cohort aggregation properties (fast-check)', () => {
  it('does not depend on the order of the firms', () => {
    fc.assert(
      fc.property(
        scoredFirms(8).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        ([list, shuffled]) => {
          expect(statistics(aggregateCohort(shuffled))).toEqual(statistics(aggregateCohort(list)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('changes every count by exactly one when a firm is added', () => {
    fc.assert(
      fc.property(scoredFirms(6), answersArbitrary(instrument), (list, answers) => {
        const extra: FirmFigures = firmFigures(instrument, RULES, { id: 'extra', name: '', answers });
        const before = aggregateCohort(list);
        const after = aggregateCohort([...list, extra]);
        expect(after.count).toBe(before.count + 1);
        const rungDiff = after.ladder.map((r, i) => r.total - before.ladder[i]!.total);
        expect(rungDiff.filter((d) => d !== 0)).toEqual([1]);
        expect(after.ladder.find((r) => r.rung === extra.rung)!.total).toBe(before.ladder.find((r) => r.rung === extra.rung)!.total + 1);
        expect(after.quadrants[extra.quadrant]).toBe(before.quadrants[extra.quadrant] + 1);
        expect(after.points).toHaveLength(before.points.length + 1);
        for (const d of DIMENSIONS) expect(after.dimensions[d]!.count).toBe(before.dimensions[d]!.count + 1);
        expect(after.completeness.provisional - before.completeness.provisional).toBe(extra.provisional ? 1 : 0);
        expect(after.cbam.exposed - before.cbam.exposed).toBe(extra.cbam.exposed ? 1 : 0);
        for (const rec of extra.top) {
          const was = before.recommendations.find((r) => r.id === rec.id)?.count ?? 0;
          expect(after.recommendations.find((r) => r.id === rec.id)!.count).toBe(was + 1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every figure in range', () => {
    fc.assert(
      fc.property(scoredFirms(10), (list) => {
        const c = aggregateCohort(list);
        expect(c.ladder.reduce((s, r) => s + r.total, 0)).toBe(c.count);
        expect(QUADRANTS.reduce((s, q) => s + c.quadrants[q], 0)).toBe(c.count);
        for (const r of c.ladder) expect(r.confirmed + r.provisional === r.total && inRange(r.share, 0, 1)).toBe(true);
        for (const s of [...DIMENSIONS.map((d) => c.dimensions[d]!), c.axes.T!, c.axes.R!]) {
          expect(inRange(s.min, 0, 100) && inRange(s.max, 0, 100)).toBe(true);
          expect(s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max).toBe(true);
          expect(inRange(s.mean, s.min, s.max)).toBe(true);
        }
        for (const r of c.recommendations) expect(inRange(r.count, 1, c.count) && inRange(r.share, 0, 1) && inRange(r.meanPosition, 1, 5)).toBe(true);
        const share = c.completeness.answeredShare!;
        expect(inRange(share.min, 0, 1) && inRange(share.max, 0, 1)).toBe(true);
        expect(inRange(c.completeness.provisional, 0, c.count) && inRange(c.cbam.estimated, 0, c.cbam.exposed)).toBe(true);
        expect(c.cbam.cost.lowEur <= c.cbam.cost.highEur && c.cbam.cost.lowEur >= 0).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
