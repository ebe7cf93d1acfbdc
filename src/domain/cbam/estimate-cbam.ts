import type { CbamConstants } from './cbam-constants-schema';
import { cbamFactor, markUpOf } from './cbam-code-values';
import { unitOf, type CbamSector, type CbamUnit } from './cbam-sectors';
import { validateCbamInput, type CbamInput, type CbamInputError } from './validate-cbam-input';

/** The cost of one way of declaring emissions (own verified data, or the official default value). */
export interface CbamScenario {
  /** Embedded emissions declared, t CO₂e per unit of goods. */
  emissionsPerTonne: number;
  /** Benchmark used with these emissions, t CO₂e per unit. */
  benchmark: number;
  /** Benchmark × CBAM factor × CSCF: emissions per unit still covered by (deducted as) EU free allocation. */
  freeAllocationPerTonne: number;
  /** Emissions that need certificates after the free-allocation deduction, t CO₂e per unit. */
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
  cscf: number;
  /** Mark-up the official default value of this year already includes (0.1 = +10 %). */
  markUp: number;
  /** True when the verified scenario uses the user's own figure; false when it stands in with the default value without mark-up. */
  hasVerifiedData: boolean;
  verified: CbamScenario;
  defaultValue: CbamScenario;
  /** What declaring the default value instead of verified data adds: what lacking carbon accounting costs (never negative). */
  extraCostOfDefault: { perTonneEur: number; perTonneCny: number; perYearEur: number; perYearCny: number };
  deMinimis: {
    /** False for electricity and hydrogen, which the threshold never exempts. */
    applies: boolean;
    /** True when this quantity alone does not exceed the threshold; costs are still shown as if due. */
    exempt: boolean;
    thresholdTonnes: number;
  };
  sensitivity: CbamSensitivityRow[];
}

/** An estimate, or the list of fields that prevent one. */
export type CbamEstimateResult = CbamEstimate | { ok: false; errors: CbamInputError[] };

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

function scenario(input: CbamInput, emissions: number, benchmark: number, factor: number, cscf: number): CbamScenario {
  const freeAllocation = benchmark * factor * cscf;
  const originDeduction = (input.originCarbonPrice / input.cnyPerEur) * input.originPriceShare * emissions;
  const perTonneEur = cbamCostPerTonneEur(emissions, freeAllocation, input.certificatePriceEur, originDeduction);
  const perYearEur = perTonneEur * input.tonnesPerYear;
  return {
    emissionsPerTonne: emissions,
    benchmark,
    freeAllocationPerTonne: freeAllocation,
    chargedPerTonne: Math.max(0, emissions - freeAllocation),
    originDeductionPerTonneEur: originDeduction,
    costPerTonneEur: perTonneEur,
    costPerTonneCny: perTonneEur * input.cnyPerEur,
    costPerYearEur: perYearEur,
    costPerYearCny: perYearEur * input.cnyPerEur,
  };
}

/**
 * Estimates the CBAM charge for one flow of goods, with verified data and with the official default value side by
 * side. Charge per unit = max(0, E − B × CBAM factor × CSCF) × price − origin price paid (never below 0): emissions
 * above the benchmark are charged in full. The default value comes as published, mark-up included; without verified
 * data the verified column stands in with that value less its mark-up. Invalid input returns typed error codes.
 */
export function estimateCbam(input: CbamInput, c: CbamConstants): CbamEstimateResult {
  const errors = validateCbamInput(input);
  if (errors.length > 0) return { ok: false, errors };

  const factor = cbamFactor(c, input.year);
  const cscf = c.cscf.value;
  const markUp = markUpOf(c, input.sector, input.year);
  const hasVerifiedData = input.verifiedEmissions !== null;
  const standIn = input.defaultEmissions / (1 + markUp);

  const verified = scenario(input, input.verifiedEmissions ?? standIn, input.verifiedBenchmark, factor, cscf);
  const defaultValue = scenario(input, input.defaultEmissions, input.defaultBenchmark, factor, cscf);

  const prices = [...new Set([...c.sensitivityPricesEur, input.certificatePriceEur])].sort((a, b) => a - b);
  const sensitivity = prices.map((price): CbamSensitivityRow => {
    const at = { ...input, certificatePriceEur: price };
    const v = scenario(at, verified.emissionsPerTonne, input.verifiedBenchmark, factor, cscf);
    const d = scenario(at, input.defaultEmissions, input.defaultBenchmark, factor, cscf);
    return { certificatePriceEur: price, verifiedPerTonneEur: v.costPerTonneEur, defaultPerTonneEur: d.costPerTonneEur, verifiedPerYearEur: v.costPerYearEur };
  });

  const extra = (a: number, b: number) => Math.max(0, a - b);
  const deMinimisApplies = !c.deMinimis.excluded.includes(input.sector);
  return {
    ok: true,
    sector: input.sector,
    unit: unitOf(input.sector),
    year: input.year,
    tonnesPerYear: input.tonnesPerYear,
    certificatePriceEur: input.certificatePriceEur,
    cbamFactor: factor,
    cscf,
    markUp,
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
      applies: deMinimisApplies,
      // "does not cumulatively exceed" (Regulation (EU) 2025/2083, Art. 2a): exactly 50 t is still exempt.
      exempt: deMinimisApplies && input.tonnesPerYear <= c.deMinimis.tonnes,
      thresholdTonnes: c.deMinimis.tonnes,
    },
    sensitivity,
  };
}
