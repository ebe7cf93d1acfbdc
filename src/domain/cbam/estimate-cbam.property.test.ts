import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CBAM_CONSTANTS as C } from '@/content/cbam/cbam-constants-2026';
import { CBAM_SECTORS } from './cbam-sectors';
import { estimateCbam, type CbamEstimate } from './estimate-cbam';
import { CBAM_INPUT_LIMITS, MIN_CNY_PER_EUR, type CbamInput } from './validate-cbam-input';

const upTo = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });

/** Any input the estimate must accept, across the whole valid range. */
const validInput: fc.Arbitrary<CbamInput> = fc.record({
  sector: fc.constantFrom(...CBAM_SECTORS),
  tonnesPerYear: upTo(CBAM_INPUT_LIMITS.tonnesPerYear),
  year: fc.integer({ min: 2026, max: 2100 }),
  verifiedEmissions: fc.option(upTo(CBAM_INPUT_LIMITS.emissionsPerTonne), { nil: null }),
  verifiedBenchmark: upTo(CBAM_INPUT_LIMITS.benchmark),
  defaultEmissions: upTo(CBAM_INPUT_LIMITS.emissionsPerTonne),
  defaultBenchmark: upTo(CBAM_INPUT_LIMITS.benchmark),
  certificatePriceEur: upTo(CBAM_INPUT_LIMITS.certificatePriceEur),
  originCarbonPrice: upTo(CBAM_INPUT_LIMITS.originCarbonPrice),
  originPriceShare: upTo(1),
  cnyPerEur: fc.double({ min: MIN_CNY_PER_EUR, max: CBAM_INPUT_LIMITS.cnyPerEur, noNaN: true }),
});

/** Inputs with own verified emissions, so that the emissions figure can be varied. */
const verifiedInput = validInput.map((i) => ({ ...i, verifiedEmissions: i.verifiedEmissions ?? 1 }));

function estimate(input: CbamInput): CbamEstimate {
  const r = estimateCbam(input, C);
  if (!r.ok) throw new Error(`valid input refused: ${JSON.stringify(r.errors)}`);
  return r;
}

const allMoney = (r: CbamEstimate) => [
  ...[r.verified, r.defaultValue].flatMap((s) => Object.values(s)),
  ...Object.values(r.extraCostOfDefault),
  ...r.sensitivity.flatMap((row) => Object.values(row)),
];

/** Floating-point slack allowed when comparing two costs. */
const tolerance = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

describe('estimateCbam properties', () => {
  it('gives only finite figures of 0 or more for every valid input, never NaN', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        for (const x of allMoney(estimate(input))) {
          expect(Number.isNaN(x)).toBe(false);
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('never costs less with more emissions, a higher price or more tonnes', () => {
    fc.assert(
      fc.property(verifiedInput, upTo(10), upTo(100), upTo(1e6), (input, dE, dP, dT) => {
        const base = estimate(input);
        const more = (over: Partial<CbamInput>) => estimate({ ...input, ...over });
        const emissions = Math.min(CBAM_INPUT_LIMITS.emissionsPerTonne, input.verifiedEmissions + dE);
        const dflt = Math.min(CBAM_INPUT_LIMITS.emissionsPerTonne, input.defaultEmissions + dE);
        const price = Math.min(CBAM_INPUT_LIMITS.certificatePriceEur, input.certificatePriceEur + dP);
        const tonnes = Math.min(CBAM_INPUT_LIMITS.tonnesPerYear, input.tonnesPerYear + dT);
        const v = base.verified.costPerTonneEur;
        const d = base.defaultValue.costPerTonneEur;
        expect(more({ verifiedEmissions: emissions }).verified.costPerTonneEur).toBeGreaterThanOrEqual(v - tolerance(v));
        expect(more({ defaultEmissions: dflt }).defaultValue.costPerTonneEur).toBeGreaterThanOrEqual(d - tolerance(d));
        const atPrice = more({ certificatePriceEur: price });
        expect(atPrice.verified.costPerTonneEur).toBeGreaterThanOrEqual(v - tolerance(v));
        expect(atPrice.defaultValue.costPerTonneEur).toBeGreaterThanOrEqual(d - tolerance(d));
        expect(more({ tonnesPerYear: tonnes }).verified.costPerYearEur).toBeGreaterThanOrEqual(base.verified.costPerYearEur - tolerance(base.verified.costPerYearEur));
      }),
    );
  });

  it('never costs more with a higher benchmark', () => {
    fc.assert(
      fc.property(verifiedInput, upTo(10), (input, dB) => {
        const base = estimate(input);
        const higher = estimate({
          ...input,
          verifiedBenchmark: Math.min(CBAM_INPUT_LIMITS.benchmark, input.verifiedBenchmark + dB),
          defaultBenchmark: Math.min(CBAM_INPUT_LIMITS.benchmark, input.defaultBenchmark + dB),
        });
        expect(higher.verified.costPerTonneEur).toBeLessThanOrEqual(base.verified.costPerTonneEur + tolerance(base.verified.costPerTonneEur));
        expect(higher.defaultValue.costPerTonneEur).toBeLessThanOrEqual(base.defaultValue.costPerTonneEur + tolerance(base.defaultValue.costPerTonneEur));
      }),
    );
  });

  it('never makes the default value cheaper than the stand-in without its mark-up, at the same benchmark', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const r = estimate({ ...input, verifiedEmissions: null, verifiedBenchmark: input.defaultBenchmark });
        expect(r.defaultValue.costPerTonneEur).toBeGreaterThanOrEqual(r.verified.costPerTonneEur - tolerance(r.verified.costPerTonneEur));
        expect(r.extraCostOfDefault.perYearEur).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('answers any number with finite figures or with typed error codes for that field, never throwing', () => {
    const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -1));
    const fields = ['tonnesPerYear', 'verifiedBenchmark', 'defaultEmissions', 'defaultBenchmark', 'certificatePriceEur', 'cnyPerEur'] as const;
    fc.assert(
      fc.property(validInput, fc.constantFrom(...fields), anyNumber, (input, field, value) => {
        const r = estimateCbam({ ...input, [field]: value }, C);
        const answered = r.ok
          ? allMoney(r).every((x) => Number.isFinite(x) && x >= 0)
          : r.errors.length > 0 && r.errors.every((e) => e.field === field && typeof e.code === 'string');
        expect(answered).toBe(true);
      }),
    );
  });
});
