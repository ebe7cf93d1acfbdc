import { isCbamSector, type CbamSector } from './cbam-sectors';

/** What the estimate needs; every figure can be edited. Quantities are in the sector's unit (t, or MWh for electricity). */
export interface CbamInput {
  sector: CbamSector;
  /** Goods imported into the EU per year, in the sector's unit. */
  tonnesPerYear: number;
  /** Year of import (2026 or later). */
  year: number;
  /** Own verified embedded emissions, t CO₂e per unit; null when the producer has none. */
  verifiedEmissions: number | null;
  /** Benchmark deducted (× CBAM factor × CSCF) with verified data, t CO₂e per unit. */
  verifiedBenchmark: number;
  /** The official default value for the CN code and year, mark-up included as published; never marked up again. */
  defaultEmissions: number;
  /** Benchmark deducted with the default value (column B for the default value's route), t CO₂e per unit. */
  defaultBenchmark: number;
  /** CBAM certificate price, EUR per t CO₂. */
  certificatePriceEur: number;
  /** Carbon price effectively paid in the country of origin, CNY per t CO₂. */
  originCarbonPrice: number;
  /** Share (0–1) of the embedded emissions on which that origin price was actually paid. */
  originPriceShare: number;
  /** Exchange rate, CNY per EUR. */
  cnyPerEur: number;
}

/** Why an input was refused: a stable code; the UI turns it into a sentence. */
export type CbamErrorCode =
  | 'unknown_sector'
  | 'not_finite'
  | 'negative'
  | 'too_large'
  | 'not_positive'
  | 'share_out_of_range'
  | 'year_not_integer'
  | 'year_before_2026';

/** One refused field and why. */
export interface CbamInputError {
  field: keyof CbamInput;
  code: CbamErrorCode;
}

/** Upper bounds that keep every result finite; far beyond any real figure. */
export const CBAM_INPUT_LIMITS = {
  tonnesPerYear: 1e9,
  emissionsPerTonne: 100,
  benchmark: 100,
  certificatePriceEur: 10_000,
  originCarbonPrice: 100_000,
  cnyPerEur: 1_000,
} as const;

/** The numeric fields that are checked as "a finite figure from 0 to a limit". */
export type CbamBoundedField = keyof typeof CBAM_INPUT_LIMITS;

/** The first year of the definitive (paying) period. */
export const CBAM_FIRST_YEAR = 2026;

/**
 * The smallest exchange rate accepted. Real rates are around 7–9 CNY per EUR; a rate near zero
 * would turn a tiny origin carbon price into an infinite euro amount.
 */
export const MIN_CNY_PER_EUR = 0.01;

/** Checks one bounded figure (0 ≤ value ≤ its limit; the exchange rate at least MIN_CNY_PER_EUR); null when valid. */
export function checkCbamFigure(field: CbamBoundedField, value: number): CbamErrorCode | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not_finite';
  if (value < 0) return 'negative';
  if (field === 'cnyPerEur' && value < MIN_CNY_PER_EUR) return 'not_positive';
  if (value > CBAM_INPUT_LIMITS[field]) return 'too_large';
  return null;
}

/** Checks the share of emissions covered by an origin carbon price (0–1); null when valid. */
export function checkCbamShare(value: number): CbamErrorCode | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not_finite';
  return value < 0 || value > 1 ? 'share_out_of_range' : null;
}

/** Checks the year of import (an integer, 2026 or later); null when valid. */
export function checkCbamYear(value: number): CbamErrorCode | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not_finite';
  if (!Number.isInteger(value)) return 'year_not_integer';
  return value < CBAM_FIRST_YEAR ? 'year_before_2026' : null;
}

/** Every problem with an input, in field order; an empty list means the input can be estimated. */
export function validateCbamInput(input: CbamInput): CbamInputError[] {
  const errors: CbamInputError[] = [];
  const add = (field: keyof CbamInput, code: CbamErrorCode | null) => {
    if (code) errors.push({ field, code });
  };
  if (!isCbamSector(input.sector)) add('sector', 'unknown_sector');
  add('tonnesPerYear', checkCbamFigure('tonnesPerYear', input.tonnesPerYear));
  add('year', checkCbamYear(input.year));
  if (input.verifiedEmissions !== null) add('verifiedEmissions', checkCbamFigure('emissionsPerTonne', input.verifiedEmissions));
  add('verifiedBenchmark', checkCbamFigure('benchmark', input.verifiedBenchmark));
  add('defaultEmissions', checkCbamFigure('emissionsPerTonne', input.defaultEmissions));
  add('defaultBenchmark', checkCbamFigure('benchmark', input.defaultBenchmark));
  add('certificatePriceEur', checkCbamFigure('certificatePriceEur', input.certificatePriceEur));
  add('originCarbonPrice', checkCbamFigure('originCarbonPrice', input.originCarbonPrice));
  add('originPriceShare', checkCbamShare(input.originPriceShare));
  add('cnyPerEur', checkCbamFigure('cnyPerEur', input.cnyPerEur));
  return errors;
}
