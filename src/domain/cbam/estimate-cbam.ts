import {
  CBAM_SECTOR_RULES,
  CHINA_ETS_REFERENCE_PRICE_CNY,
  DE_MINIMIS_TONNES,
  DEFAULT_CERTIFICATE_PRICE_EUR,
  DEFAULT_CNY_PER_EUR,
  SENSITIVITY_PRICES_EUR,
  cbamFactor,
  defaultValueMarkUp,
  type CbamSector,
  type CbamUnit,
} from './cbam-rules';
import { validateCbamInput, type CbamInput, type CbamInputError } from './validate-cbam-input';

/** The cost of one way of declaring emissions (own verified data, or the marked-up default value). */
export interface CbamScenario {
  /** Embedded emissions declared, tCO₂e per unit of goods. */
  emissionsPerTonne: number;
  /** Emissions that need certificates after the free-allocation deduction, tCO₂e per unit. */
  chargedPerTonne: number;
  /** Carbon price already paid at origin on the declared emissions, EUR per unit. */
  originDeductionPerTonneEur: number;
  costPerTonneEur: number;
  costPerTonneCny: number;
  costPerYearEur: number;
  costPerYearCny: number;
}

/** One row of the price sensitivity: the cost at another certificate price. */
export interface CbamSensitivityRow {
  certificatePriceEur: number;
  verifiedPerTonneEur: number;
  defaultPerTonneEur: number;
  verifiedPerYearEur: number;
}

/** A successful ESTIMATE; every money figure is an estimate, not an assessment by any authority. */
export interface CbamEstimate {
  ok: true;
  sector: CbamSector;
  unit: CbamUnit;
  year: number;
  /** The quantity and certificate price the estimate was made for, echoed for display. */
  tonnesPerYear: number;
  certificatePriceEur: number;
  cbamFactor: number;
  /** Mark-up applied to the default value in this year (0.1 = +10%). */
  markUp: number;
  benchmark: number;
  /** Benchmark × CBAM factor: emissions per unit still covered by (deducted as) EU free allocation. */
  freeAllocationPerTonne: number;
  /** True when the verified scenario uses the user's own figure; false when it stands in with the unmarked default. */
  hasVerifiedData: boolean;
  verified: CbamScenario;
  defaultValue: CbamScenario;
  /** What declaring the marked-up default instead of verified data adds (never negative). */
  extraCostOfDefault: { perTonneEur: number; perTonneCny: number; perYearEur: number; perYearCny: number };
  deMinimis: {
    /** False for electricity and hydrogen, which the threshold never exempts. */
    applies: boolean;
    /** True when this quantity alone is under the threshold; costs are still shown as if due. */
    exempt: boolean;
    thresholdTonnes: number;
  };
  sensitivity: CbamSensitivityRow[];
}

/** An estimate, or the list of fields that prevent one. */
export type CbamEstimateResult = CbamEstimate | { ok: false; errors: CbamInputError[] };

/** The editable starting figures for a sector: its default emissions, its benchmark, 2026, the Q1 2026 price. */
export function defaultCbamInput(sector: CbamSector): CbamInput {
  return {
    sector,
    tonnesPerYear: 1000,
    emissionsPerTonne: null,
    benchmark: CBAM_SECTOR_RULES[sector].benchmark,
    year: 2026,
    certificatePriceEur: DEFAULT_CERTIFICATE_PRICE_EUR,
    // China's ETS hands out allowances free, so the price effectively paid on a tonne is usually close to nothing.
    originCarbonPrice: CHINA_ETS_REFERENCE_PRICE_CNY,
    originPriceShare: 0,
    cnyPerEur: DEFAULT_CNY_PER_EUR,
  };
}

/** Cost per unit of goods, EUR: charged emissions at the certificate price, less the origin price paid, never below 0. */
export function cbamCostPerTonneEur(
  emissionsPerTonne: number,
  freeAllocationPerTonne: number,
  certificatePriceEur: number,
  originDeductionPerTonneEur: number,
): number {
  const charged = Math.max(0, emissionsPerTonne - freeAllocationPerTonne);
  return Math.max(0, charged * certificatePriceEur - originDeductionPerTonneEur);
}

function scenario(input: CbamInput, emissions: number, freeAllocation: number): CbamScenario {
  const originDeduction = (input.originCarbonPrice / input.cnyPerEur) * input.originPriceShare * emissions;
  const perTonneEur = cbamCostPerTonneEur(emissions, freeAllocation, input.certificatePriceEur, originDeduction);
  const perYearEur = perTonneEur * input.tonnesPerYear;
  return {
    emissionsPerTonne: emissions,
    chargedPerTonne: Math.max(0, emissions - freeAllocation),
    originDeductionPerTonneEur: originDeduction,
    costPerTonneEur: perTonneEur,
    costPerTonneCny: perTonneEur * input.cnyPerEur,
    costPerYearEur: perYearEur,
    costPerYearCny: perYearEur * input.cnyPerEur,
  };
}

/**
 * Estimates the CBAM charge for one flow of goods, with verified data and with the marked-up default value side
 * by side. Charge per unit = max(0, E − benchmark × CBAM factor) × price − origin price paid (never below 0):
 * emissions above the benchmark are charged in full. Invalid input returns typed error codes; it never throws.
 */
export function estimateCbam(input: CbamInput): CbamEstimateResult {
  const errors = validateCbamInput(input);
  if (errors.length > 0) return { ok: false, errors };

  const rule = CBAM_SECTOR_RULES[input.sector];
  const factor = cbamFactor(input.year);
  const markUp = defaultValueMarkUp(input.year);
  const freeAllocation = input.benchmark * factor;
  const hasVerifiedData = input.emissionsPerTonne !== null;

  const verified = scenario(input, input.emissionsPerTonne ?? rule.defaultEmissions, freeAllocation);
  const defaultValue = scenario(input, rule.defaultEmissions * (1 + markUp), freeAllocation);

  const sensitivityPrices = [...new Set([...SENSITIVITY_PRICES_EUR, input.certificatePriceEur])].sort((a, b) => a - b);
  const sensitivity = sensitivityPrices.map((price): CbamSensitivityRow => {
    const at = { ...input, certificatePriceEur: price };
    const v = scenario(at, verified.emissionsPerTonne, freeAllocation);
    const d = scenario(at, defaultValue.emissionsPerTonne, freeAllocation);
    return {
      certificatePriceEur: price,
      verifiedPerTonneEur: v.costPerTonneEur,
      defaultPerTonneEur: d.costPerTonneEur,
      verifiedPerYearEur: v.costPerYearEur,
    };
  });

  const extra = (a: number, b: number) => Math.max(0, a - b);
  return {
    ok: true,
    sector: input.sector,
    unit: rule.unit,
    year: input.year,
    tonnesPerYear: input.tonnesPerYear,
    certificatePriceEur: input.certificatePriceEur,
    cbamFactor: factor,
    markUp,
    benchmark: input.benchmark,
    freeAllocationPerTonne: freeAllocation,
    hasVerifiedData,
    verified,
    defaultValue,
    extraCostOfDefault: {
      perTonneEur: extra(defaultValue.costPerTonneEur, verified.costPerTonneEur),
      perTonneCny: extra(defaultValue.costPerTonneCny, verified.costPerTonneCny),
      perYearEur: extra(defaultValue.costPerYearEur, verified.costPerYearEur),
      perYearCny: extra(defaultValue.costPerYearCny, verified.costPerYearCny),
    },
    deMinimis: {
      applies: rule.deMinimisApplies,
      exempt: rule.deMinimisApplies && input.tonnesPerYear < DE_MINIMIS_TONNES,
      thresholdTonnes: DE_MINIMIS_TONNES,
    },
    sensitivity,
  };
}
