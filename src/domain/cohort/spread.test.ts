import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderedSum, quantileSorted, summarise } from './spread';
import { cohortLabel } from './cohort-labels';

describe('spread of a list of figures', () => {
  it('uses linear interpolation between closest ranks for quartiles (R type 7, Excel QUARTILE.INC)', () => {
    // Worked by hand: positions (n−1)p = 0.75, 1.5, 2.25 in [10, 20, 30, 40].
    expect(summarise([40, 10, 30, 20])).toEqual({ count: 4, mean: 25, min: 10, q1: 17.5, median: 25, q3: 32.5, max: 40 });
    expect(quantileSorted([0, 100], 0.25)).toBe(25);
  });

  it('summarises one figure as that figure everywhere', () => {
    expect(summarise([42.5])).toEqual({ count: 1, mean: 42.5, min: 42.5, q1: 42.5, median: 42.5, q3: 42.5, max: 42.5 });
  });

  it('has no summary for no figures, and leaves out figures that are not finite', () => {
    expect(summarise([])).toBeNull();
    expect(summarise([Number.NaN, Number.POSITIVE_INFINITY])).toBeNull();
    expect(summarise([Number.NaN, 3])?.count).toBe(1);
  });

  it('keeps min ≤ q1 ≤ median ≤ q3 ≤ max and the mean within [min, max] for any figures', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 }), (xs) => {
        const s = summarise(xs)!;
        expect(s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max).toBe(true);
        expect(s.mean >= s.min && s.mean <= s.max).toBe(true);
      }),
    );
  });

  it('adds figures to the same total whatever their order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true })), (xs) => {
        expect(orderedSum([...xs].reverse())).toBe(orderedSum(xs));
      }),
    );
  });
});

describe('anonymous labels', () => {
  it('names firms A to Z, then AA, AB … like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(cohortLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('gives every position its own label', () => {
    const labels = new Set(Array.from({ length: 2000 }, (_, i) => cohortLabel(i)));
    expect(labels.size).toBe(2000);
  });
});
