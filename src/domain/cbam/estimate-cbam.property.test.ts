import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CBAM_INPUT_LIMITS, CBAM_SECTORS } from './cbam-rules';
import { estimateCbam, type CbamEstimate } from './estimate-cbam';
import { MIN_CNY_PER_EUR, type CbamInput } from './validate-cbam-input';

const upTo = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });

/** Any input the estimate must accept, across the whole valid range. */
const validInput: fc.Arbitrary<CbamInput> = fc.record({
  sector: fc.constantFrom(...CBAM_SECTORS),
  tonnesPerYear: upTo(CBAM_INPUT_LIMITS.tonnesPerYear),
  emissionsPerTonne: fc.option(upTo(CBAM_INPUT_LIMITS.emissionsPerTonne), { nil: null }),
  benchmark: upTo(CBAM_INPUT_LIMITS.benchmark),
  year: fc.integer({ min: 2026, max: 2100 }),
  certificatePriceEur: upTo(CBAM_INPUT_LIMITS.certificatePriceEur),
  originCarbonPrice: upTo(CBAM_INPUT_LIMITS.originCarbonPrice),
  originPriceShare: upTo(1),
  cnyPerEur: fc.double({ min: MIN_CNY_PER_EUR, max: CBAM_INPUT_LIMITS.cnyPerEur, noNaN: true }),
});

/** Inputs with own verified emissions, so that the emissions figure can be varied. */
const verifiedInput = validInput.map((i) => ({ ...i, emissionsPerTonne: i.emissionsPerTonne ?? 1 }));

function estimate(input: CbamInput): CbamEstimate {
  const r = estimateCbam(input);
  if (!r.ok) throw new Error(`valid input refused: ${JSON.stringify(r.errors)}`);
  return r;
}

const allMoney = (r: CbamEstimate) => [
  ...[r.verified, r.defaultValue].flatMap((s) => Object.values(s)),
  ...Object.values(r.extraCostOfDefault),
  ...r.sensitivity.flatMap((row) => Object.values(row)),
  r.freeAllocationPerTonne,
];

/** Floating-point slack allowed when comparing two costs. */
const tolerance = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

describe('estimateCbam properties', () => {
  it('gives only finite figures of 0 or more for every valid input', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        for (const x of allMoney(estimate(input))) {
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('never costs less with more emissions, a higher price or more tonnes', () => {
    fc.assert(
      fc.property(verifiedInput, upTo(10), upTo(100), upTo(1e6), (input, dE, dP, dT) => {
        const base = estimate(input).verified;
        const more = (over: Partial<CbamInput>) => estimate({ ...input, ...over }).verified;
        const emissions = Math.min(CBAM_INPUT_LIMITS.emissionsPerTonne, input.emissionsPerTonne + dE);
        const price = Math.min(CBAM_INPUT_LIMITS.certificatePriceEur, input.certificatePriceEur + dP);
        const tonnes = Math.min(CBAM_INPUT_LIMITS.tonnesPerYear, input.tonnesPerYear + dT);
        expect(more({ emissionsPerTonne: emissions }).costPerTonneEur).toBeGreaterThanOrEqual(base.costPerTonneEur - tolerance(base.costPerTonneEur));
        expect(more({ certificatePriceEur: price }).costPerTonneEur).toBeGreaterThanOrEqual(base.costPerTonneEur - tolerance(base.costPerTonneEur));
        expect(more({ tonnesPerYear: tonnes }).costPerYearEur).toBeGreaterThanOrEqual(base.costPerYearEur - tolerance(base.costPerYearEur));
      }),
    );
  });

  it('never costs more with a higher benchmark', () => {
    fc.assert(
      fc.property(verifiedInput, upTo(10), (input, dB) => {
        const base = estimate(input).verified.costPerTonneEur;
        const benchmark = Math.min(CBAM_INPUT_LIMITS.benchmark, input.benchmark + dB);
        const higher = estimate({ ...input, benchmark }).verified.costPerTonneEur;
        expect(higher).toBeLessThanOrEqual(base + tolerance(base));
      }),
    );
  });

  it('never makes the marked-up default cheaper than the same default emissions unmarked', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const r = estimate({ ...input, emissionsPerTonne: null });
        expect(r.defaultValue.costPerTonneEur).toBeGreaterThanOrEqual(r.verified.costPerTonneEur);
        expect(r.defaultValue.costPerYearEur).toBeGreaterThanOrEqual(r.verified.costPerYearEur);
      }),
    );
  });

  it('answers any number with finite figures or with typed error codes for that field, never throwing', () => {
    const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -1));
    fc.assert(
      fc.property(validInput, fc.constantFrom<keyof CbamInput>('tonnesPerYear', 'benchmark', 'certificatePriceEur', 'cnyPerEur'), anyNumber, (input, field, value) => {
        const r = estimateCbam({ ...input, [field]: value });
        const answered = r.ok
          ? allMoney(r).every((x) => Number.isFinite(x) && x >= 0)
          : r.errors.length > 0 && r.errors.every((e) => e.field === field && typeof e.code === 'string');
        expect(answered).toBe(true);
      }),
    );
  });
});
