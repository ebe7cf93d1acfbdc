import { describe, expect, it } from 'vitest';
import { CBAM_SECTOR_RULES } from './cbam-rules';
import { defaultCbamInput, estimateCbam, type CbamEstimate } from './estimate-cbam';
import type { CbamInput } from './validate-cbam-input';

/** Steel in 2026 with verified data, no origin price: the base of the hand-computed cases. */
const steel = (over: Partial<CbamInput> = {}): CbamInput => ({
  ...defaultCbamInput('iron_steel'),
  tonnesPerYear: 1000,
  emissionsPerTonne: 1.2,
  benchmark: 1.0,
  year: 2026,
  certificatePriceEur: 75.36,
  originCarbonPrice: 0,
  originPriceShare: 0,
  cnyPerEur: 8,
  ...over,
});

function ok(input: CbamInput): CbamEstimate {
  const result = estimateCbam(input);
  if (!result.ok) throw new Error(`expected an estimate, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('estimateCbam: hand-computed charges', () => {
  it('charges emissions above benchmark × CBAM factor: 1.2 − 1.0 × 0.975 = 0.225 t, €16.956 a tonne at €75.36', () => {
    const r = ok(steel());
    expect(r.cbamFactor).toBe(0.975);
    expect(r.verified.chargedPerTonne).toBeCloseTo(0.225, 12);
    expect(r.verified.costPerTonneEur).toBeCloseTo(16.956, 10);
    expect(r.verified.costPerTonneCny).toBeCloseTo(16.956 * 8, 9);
    expect(r.verified.costPerYearEur).toBeCloseTo(16_956, 7);
    expect(r.verified.costPerYearCny).toBeCloseTo(135_648, 6);
  });

  it('is not 2.5% of embedded emissions: emissions above the benchmark are charged in full', () => {
    const r = ok(steel({ emissionsPerTonne: 3, benchmark: 1 }));
    // 3 − 0.975 = 2.025 t, far more than 2.5% × 3 = 0.075 t.
    expect(r.verified.chargedPerTonne).toBeCloseTo(2.025, 12);
  });

  it('charges the full embedded emissions from 2034, when the CBAM factor reaches 0', () => {
    const r = ok(steel({ year: 2034, emissionsPerTonne: 1.2 }));
    expect(r.cbamFactor).toBe(0);
    expect(r.verified.chargedPerTonne).toBeCloseTo(1.2, 12);
    expect(r.verified.costPerTonneEur).toBeCloseTo(1.2 * 75.36, 10);
    expect(ok(steel({ year: 2040 })).cbamFactor).toBe(0);
  });

  it('uses the CBAM factor of the year of import', () => {
    const factors: [number, number][] = [[2027, 0.95], [2028, 0.9], [2029, 0.775], [2030, 0.515], [2031, 0.39], [2032, 0.265], [2033, 0.14]];
    for (const [year, factor] of factors) {
      const r = ok(steel({ year, emissionsPerTonne: 2, benchmark: 1 }));
      expect(r.cbamFactor, `factor for ${year}`).toBe(factor);
      expect(r.verified.chargedPerTonne, `charged emissions in ${year}`).toBeCloseTo(2 - factor, 12);
    }
  });

  it('charges nothing when emissions are below benchmark × factor', () => {
    const r = ok(steel({ emissionsPerTonne: 0.9, benchmark: 1.0 }));
    expect(r.verified.chargedPerTonne).toBe(0);
    expect(r.verified.costPerTonneEur).toBe(0);
    expect(r.verified.costPerYearCny).toBe(0);
  });

  it('charges nothing for electricity beyond its emissions, since its benchmark is 0', () => {
    const r = ok({ ...defaultCbamInput('electricity'), emissionsPerTonne: 0.5, originCarbonPrice: 0 });
    expect(r.unit).toBe('MWh');
    expect(r.verified.chargedPerTonne).toBeCloseTo(0.5, 12);
    expect(r.verified.costPerTonneEur).toBeCloseTo(37.68, 10);
  });
});

describe('estimateCbam: default values and their mark-up', () => {
  it('marks up the default value by 10% in 2026, 20% in 2027 and 30% from 2028', () => {
    const dflt = CBAM_SECTOR_RULES.iron_steel.defaultEmissions;
    const cases: [number, number][] = [[2026, 0.1], [2027, 0.2], [2028, 0.3], [2031, 0.3]];
    for (const [year, markUp] of cases) {
      const r = ok(steel({ year }));
      expect(r.markUp, `mark-up in ${year}`).toBe(markUp);
      expect(r.defaultValue.emissionsPerTonne, `marked-up default in ${year}`).toBeCloseTo(dflt * (1 + markUp), 12);
    }
  });

  it('prices the marked-up default beside verified data, and the difference is what lacking carbon accounting costs', () => {
    // Default 2.0 × 1.1 = 2.2 t; 2.2 − 0.975 = 1.225 t; × 75.36 = 92.316 € a tonne.
    const r = ok(steel({ benchmark: 1.0 }));
    expect(r.defaultValue.chargedPerTonne).toBeCloseTo(1.225, 12);
    expect(r.defaultValue.costPerTonneEur).toBeCloseTo(92.316, 10);
    expect(r.extraCostOfDefault.perTonneEur).toBeCloseTo(92.316 - 16.956, 10);
    expect(r.extraCostOfDefault.perYearEur).toBeCloseTo((92.316 - 16.956) * 1000, 7);
    expect(r.extraCostOfDefault.perYearCny).toBeCloseTo((92.316 - 16.956) * 8000, 6);
  });

  it('stands in with the unmarked default when the user has no verified figure', () => {
    const r = ok(steel({ emissionsPerTonne: null }));
    expect(r.hasVerifiedData).toBe(false);
    expect(r.verified.emissionsPerTonne).toBe(CBAM_SECTOR_RULES.iron_steel.defaultEmissions);
  });
});

describe('estimateCbam: carbon price paid at origin', () => {
  it('deducts the origin price actually paid, converted to euros, on the covered share of emissions', () => {
    // 80 CNY / 8 = 10 € per t CO₂ on half of 1.2 t = 6 € off 16.956 €.
    const r = ok(steel({ originCarbonPrice: 80, originPriceShare: 0.5 }));
    expect(r.verified.originDeductionPerTonneEur).toBeCloseTo(6, 12);
    expect(r.verified.costPerTonneEur).toBeCloseTo(10.956, 10);
  });

  it('never turns the charge into a negative figure', () => {
    const r = ok(steel({ originCarbonPrice: 8000, originPriceShare: 1 }));
    expect(r.verified.costPerTonneEur).toBe(0);
    expect(r.defaultValue.costPerYearEur).toBe(0);
  });

  it('deducts nothing when no share of the emissions was priced', () => {
    expect(ok(steel({ originCarbonPrice: 57.97, originPriceShare: 0 })).verified.costPerTonneEur).toBeCloseTo(16.956, 10);
  });
});

describe('estimateCbam: de minimis', () => {
  it('exempts 49.9 t a year of steel but still shows what would be due', () => {
    const r = ok(steel({ tonnesPerYear: 49.9 }));
    expect(r.deMinimis).toEqual({ applies: true, exempt: true, thresholdTonnes: 50 });
    expect(r.verified.costPerYearEur).toBeCloseTo(16.956 * 49.9, 8);
  });

  it('does not exempt 50 t a year', () => {
    expect(ok(steel({ tonnesPerYear: 50 })).deMinimis.exempt).toBe(false);
  });

  it('never exempts electricity or hydrogen, however small the quantity', () => {
    for (const sector of ['electricity', 'hydrogen'] as const) {
      const r = ok({ ...defaultCbamInput(sector), tonnesPerYear: 10 });
      expect(r.deMinimis.applies, `${sector} threshold`).toBe(false);
      expect(r.deMinimis.exempt, `${sector} exemption`).toBe(false);
    }
  });
});

describe('estimateCbam: sensitivity to the certificate price', () => {
  it('prices the same emissions at €50, €75.36, €100, €150 and the user’s own price, in order', () => {
    const r = ok(steel({ certificatePriceEur: 120 }));
    expect(r.sensitivity.map((row) => row.certificatePriceEur)).toEqual([50, 75.36, 100, 120, 150]);
    const at100 = r.sensitivity.find((row) => row.certificatePriceEur === 100)!;
    expect(at100.verifiedPerTonneEur).toBeCloseTo(22.5, 10);
    expect(at100.verifiedPerYearEur).toBeCloseTo(22_500, 7);
    expect(at100.defaultPerTonneEur).toBeCloseTo(122.5, 10);
  });
});

describe('estimateCbam: invalid input', () => {
  const codeOf = (over: Partial<CbamInput>) => {
    const r = estimateCbam(steel(over));
    return r.ok ? 'ok' : r.errors;
  };

  it('refuses each kind of invalid figure with a typed code instead of a number', () => {
    expect(codeOf({ sector: 'textiles' as never })).toEqual([{ field: 'sector', code: 'unknown_sector' }]);
    expect(codeOf({ tonnesPerYear: -1 })).toEqual([{ field: 'tonnesPerYear', code: 'negative' }]);
    expect(codeOf({ tonnesPerYear: Number.NaN })).toEqual([{ field: 'tonnesPerYear', code: 'not_finite' }]);
    expect(codeOf({ certificatePriceEur: Infinity })).toEqual([{ field: 'certificatePriceEur', code: 'not_finite' }]);
    expect(codeOf({ emissionsPerTonne: 101 })).toEqual([{ field: 'emissionsPerTonne', code: 'too_large' }]);
    expect(codeOf({ benchmark: -0.1 })).toEqual([{ field: 'benchmark', code: 'negative' }]);
    expect(codeOf({ originCarbonPrice: -5 })).toEqual([{ field: 'originCarbonPrice', code: 'negative' }]);
    expect(codeOf({ originPriceShare: 1.01 })).toEqual([{ field: 'originPriceShare', code: 'share_out_of_range' }]);
    expect(codeOf({ originPriceShare: -0.1 })).toEqual([{ field: 'originPriceShare', code: 'share_out_of_range' }]);
    expect(codeOf({ year: 2025 })).toEqual([{ field: 'year', code: 'year_before_2026' }]);
    expect(codeOf({ year: 2026.5 })).toEqual([{ field: 'year', code: 'year_not_integer' }]);
    expect(codeOf({ cnyPerEur: 0 })).toEqual([{ field: 'cnyPerEur', code: 'not_positive' }]);
    expect(codeOf({ cnyPerEur: -8 })).toEqual([{ field: 'cnyPerEur', code: 'negative' }]);
  });

  it('reports every invalid field at once', () => {
    const r = estimateCbam(steel({ tonnesPerYear: -1, year: 2020, cnyPerEur: Number.NaN }));
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['tonnesPerYear', 'year', 'cnyPerEur']);
  });
});

describe('defaultCbamInput', () => {
  it('starts every sector from an input that can be estimated, with its own benchmark and the default value', () => {
    for (const sector of Object.keys(CBAM_SECTOR_RULES) as (keyof typeof CBAM_SECTOR_RULES)[]) {
      const input = defaultCbamInput(sector);
      expect(input.benchmark, `${sector} benchmark`).toBe(CBAM_SECTOR_RULES[sector].benchmark);
      expect(input.emissionsPerTonne, `${sector} emissions`).toBeNull();
      expect(estimateCbam(input).ok, `${sector} estimate`).toBe(true);
    }
  });
});

describe('exchange rate near zero', () => {
  it('refuses a rate below 0.01 instead of dividing a tiny origin price into infinity', () => {
    const input = { ...defaultCbamInput('iron_steel'), originCarbonPrice: 4e-16, originPriceShare: 1, cnyPerEur: 5e-324 };
    const r = estimateCbam(input);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'cnyPerEur', code: 'not_positive' }]);
  });
});
