import { describe, expect, it } from 'vitest';
import { CBAM_CONSTANTS as C } from '@/content/cbam/cbam-constants-2026';
import { cbamCodeRow } from '@/content/cbam';
import { inputForCode, type CodeInputOptions } from './code-input';
import { estimateCbam, type CbamEstimate } from './estimate-cbam';
import type { CbamInput } from './validate-cbam-input';

const Q1 = 75.36;

/** The input for a CN code at its official 2026 values, Q1 2026 price, 1,000 t, no verified data. */
function forCode(code: string, over: Partial<CodeInputOptions> = {}): CbamInput {
  const row = cbamCodeRow(code);
  if (!row) throw new Error(`no row ${code}`);
  const input = inputForCode(row, C, { tonnesPerYear: 1000, year: 2026, quarter: 1, verifiedEmissions: null, route: null, ...over });
  if (!input) throw new Error(`${code} is not covered`);
  return { ...input, cnyPerEur: 8 };
}

function ok(input: CbamInput): CbamEstimate {
  const result = estimateCbam(input, C);
  if (!result.ok) throw new Error(`expected an estimate, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('estimateCbam: worked examples from the official values', () => {
  it('prices hot-rolled flat steel (7208) from China in 2026 at about €164/t: (3.506 − 1.370 × 0.975) × 75.36', () => {
    const r = ok(forCode('7208'));
    expect(r.defaultValue.emissionsPerTonne, 'China 2026 column, mark-up included').toBe(3.506);
    expect(r.defaultValue.benchmark, 'column B, BF/BOF').toBe(1.37);
    expect(r.cbamFactor).toBe(0.975);
    expect(r.defaultValue.chargedPerTonne).toBeCloseTo(3.506 - 1.37 * 0.975, 12);
    expect(r.defaultValue.costPerTonneEur).toBeCloseTo(163.55, 2);
    expect(Math.round(r.defaultValue.costPerTonneEur)).toBe(164);
    expect(r.defaultValue.costPerYearCny).toBeCloseTo(163.55 * 1000 * 8, -1);
  });

  it('never marks up the published default value again: the stand-in is that value without its 10 %', () => {
    const r = ok(forCode('7208'));
    expect(r.markUp).toBe(0.1);
    expect(r.hasVerifiedData).toBe(false);
    expect(r.verified.emissionsPerTonne).toBeCloseTo(3.506 / 1.1, 12);
  });

  it('prices unwrought aluminium (7601) at about €144/t: (3.300 − 1.423 × 0.975) × 75.36', () => {
    const r = ok(forCode('7601'));
    expect(r.defaultValue.emissionsPerTonne).toBe(3.3);
    expect(r.defaultValue.benchmark, 'primary aluminium (K)').toBe(1.423);
    expect(r.defaultValue.costPerTonneEur).toBeCloseTo((3.3 - 1.423 * 0.975) * Q1, 10);
    expect(Math.round(r.defaultValue.costPerTonneEur)).toBe(144);
  });

  it('prices grey Portland cement (2523 29 00) with its own column B benchmark', () => {
    const r = ok(forCode('25232900'));
    expect(r.defaultValue.emissionsPerTonne).toBe(1.562);
    expect(r.defaultValue.benchmark).toBe(0.666);
    expect(r.defaultValue.costPerTonneEur).toBeCloseTo((1.562 - 0.666 * 0.975) * Q1, 10);
  });

  it('marks up fertiliser defaults by 1 %, not 10 %: urea (3102 10 19) 2.850 → 2.879', () => {
    const r = ok(forCode('31021019'));
    expect(r.markUp).toBe(0.01);
    expect(r.defaultValue.emissionsPerTonne).toBe(2.879);
    expect(r.verified.emissionsPerTonne).toBeCloseTo(2.879 / 1.01, 12);
    expect(r.defaultValue.costPerTonneEur).toBeCloseTo((2.879 - 0.902 * 0.975) * Q1, 10);
    // 2027 and later keep the same 1 %.
    expect(ok(forCode('31021019', { year: 2028 })).defaultValue.emissionsPerTonne).toBe(2.879);
  });

  it('gives no estimate for ferrous scrap (7204): CBAM does not cover it', () => {
    const row = cbamCodeRow('7204')!;
    expect(row.covered).toBe(false);
    expect(inputForCode(row, C, { tonnesPerYear: 1000, year: 2026, quarter: 1, verifiedEmissions: null, route: null })).toBeNull();
  });

  it('keys screws and bolts, nuts and washers apart: 6.375, 5.045 and 4.555 t CO₂e/t before mark-up', () => {
    expect(cbamCodeRow('731815')!.china!.total).toBe(6.375);
    expect(cbamCodeRow('731816')!.china!.total).toBe(5.045);
    expect(cbamCodeRow('73182200')!.china!.total).toBe(4.555);
    expect(ok(forCode('731815')).defaultValue.benchmark, 'column B, BF/BOF, for carbon-steel bolts').toBe(1.364);
  });

  it('uses the published 2027 and 2028+ columns with that year’s CBAM factor', () => {
    const r27 = ok(forCode('7208', { year: 2027 }));
    expect(r27.defaultValue.emissionsPerTonne).toBe(3.824);
    expect(r27.defaultValue.chargedPerTonne).toBeCloseTo(3.824 - 1.37 * 0.95, 12);
    const r30 = ok(forCode('7208', { year: 2030 }));
    expect(r30.defaultValue.emissionsPerTonne).toBe(4.143);
    expect(r30.cbamFactor).toBe(0.515);
    expect(ok(forCode('7208', { year: 2034 })).cbamFactor).toBe(0);
  });

  it('charges the verified figure against the benchmark of the producer’s own route', () => {
    const scrap = ok(forCode('7208', { verifiedEmissions: 0.5, route: 'E' }));
    expect(scrap.verified.benchmark, 'scrap/EAF').toBe(0.072);
    expect(scrap.verified.chargedPerTonne).toBeCloseTo(0.5 - 0.072 * 0.975, 12);
    const bof = ok(forCode('7208', { verifiedEmissions: 2.0, route: 'C' }));
    expect(bof.verified.costPerTonneEur).toBeCloseTo((2.0 - 1.37 * 0.975) * Q1, 10);
    expect(bof.extraCostOfDefault.perTonneEur, 'what lacking carbon accounting costs').toBeCloseTo((3.506 - 2.0) * Q1, 10);
  });

  it('prices 2026 imports by their quarter: Q3 at €82.32', () => {
    const r = ok(forCode('7208', { quarter: 3 }));
    expect(r.certificatePriceEur).toBe(82.32);
    expect(r.defaultValue.costPerTonneEur).toBeCloseTo((3.506 - 1.37 * 0.975) * 82.32, 10);
  });
});

describe('estimateCbam: de minimis (does not exceed 50 t)', () => {
  it('exempts exactly 50 t a year but not 50.001 t, and still shows what would be due', () => {
    const at50 = ok({ ...forCode('7208'), tonnesPerYear: 50 });
    expect(at50.deMinimis).toEqual({ applies: true, exempt: true, thresholdTonnes: 50 });
    expect(at50.defaultValue.costPerYearEur).toBeGreaterThan(0);
    expect(ok({ ...forCode('7208'), tonnesPerYear: 50.001 }).deMinimis.exempt).toBe(false);
  });

  it('never exempts hydrogen or electricity, however small the quantity', () => {
    for (const code of ['28041000', '27160000']) {
      const r = ok({ ...forCode(code), tonnesPerYear: 10 });
      expect(r.deMinimis.applies, `${code} threshold`).toBe(false);
      expect(r.deMinimis.exempt, `${code} exemption`).toBe(false);
    }
  });
});

describe('estimateCbam: electricity', () => {
  it('has no China default value, so it uses the labelled grid-factor fallback, no mark-up and no benchmark', () => {
    const r = ok(forCode('27160000'));
    expect(r.unit).toBe('MWh');
    expect(r.markUp).toBe(0);
    expect(r.defaultValue.emissionsPerTonne).toBe(0.605);
    expect(r.defaultValue.benchmark).toBe(0);
    expect(r.defaultValue.costPerTonneEur).toBeCloseTo(0.605 * Q1, 10);
  });
});

describe('estimateCbam: carbon price paid at origin', () => {
  it('deducts the origin price actually paid, converted to euros, on the covered share of emissions', () => {
    // 80 CNY / 8 = 10 € per t CO₂ on half of 2 t = 10 € off.
    const base = { ...forCode('7208', { verifiedEmissions: 2 }), originCarbonPrice: 80, originPriceShare: 0.5 };
    const r = ok(base);
    expect(r.verified.originDeductionPerTonneEur).toBeCloseTo(10, 12);
    expect(r.verified.costPerTonneEur).toBeCloseTo((2 - 1.37 * 0.975) * Q1 - 10, 10);
  });

  it('never turns the charge into a negative figure', () => {
    const r = ok({ ...forCode('7208'), originCarbonPrice: 80_000, originPriceShare: 1 });
    expect(r.verified.costPerTonneEur).toBe(0);
    expect(r.defaultValue.costPerYearEur).toBe(0);
  });
});

describe('estimateCbam: sensitivity and invalid input', () => {
  it('prices the same emissions at €50, €75, €100, €150 and the user’s own price, in order', () => {
    const r = ok({ ...forCode('7208'), certificatePriceEur: 120 });
    expect(r.sensitivity.map((row) => row.certificatePriceEur)).toEqual([50, 75, 100, 120, 150]);
    const at100 = r.sensitivity.find((row) => row.certificatePriceEur === 100)!;
    expect(at100.defaultPerTonneEur).toBeCloseTo((3.506 - 1.37 * 0.975) * 100, 10);
  });

  it('refuses each kind of invalid figure with a typed code instead of a number', () => {
    const codeOf = (over: Partial<CbamInput>) => {
      const r = estimateCbam({ ...forCode('7208'), ...over }, C);
      return r.ok ? 'ok' : r.errors;
    };
    expect(codeOf({ sector: 'textiles' as never })).toEqual([{ field: 'sector', code: 'unknown_sector' }]);
    expect(codeOf({ tonnesPerYear: -1 })).toEqual([{ field: 'tonnesPerYear', code: 'negative' }]);
    expect(codeOf({ tonnesPerYear: Number.NaN })).toEqual([{ field: 'tonnesPerYear', code: 'not_finite' }]);
    expect(codeOf({ verifiedEmissions: 101 })).toEqual([{ field: 'verifiedEmissions', code: 'too_large' }]);
    expect(codeOf({ defaultEmissions: -0.1 })).toEqual([{ field: 'defaultEmissions', code: 'negative' }]);
    expect(codeOf({ verifiedBenchmark: Infinity })).toEqual([{ field: 'verifiedBenchmark', code: 'not_finite' }]);
    expect(codeOf({ originPriceShare: 1.01 })).toEqual([{ field: 'originPriceShare', code: 'share_out_of_range' }]);
    expect(codeOf({ year: 2025 })).toEqual([{ field: 'year', code: 'year_before_2026' }]);
    expect(codeOf({ year: 2026.5 })).toEqual([{ field: 'year', code: 'year_not_integer' }]);
    expect(codeOf({ cnyPerEur: 0 })).toEqual([{ field: 'cnyPerEur', code: 'not_positive' }]);
  });
});
