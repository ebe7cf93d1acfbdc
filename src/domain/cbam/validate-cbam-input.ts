import { CBAM_FIRST_YEAR, CBAM_INPUT_LIMITS, isCbamSector, type CbamSector } from './cbam-rules';

/** What the user states; every figure can be edited. Quantities are in the sector's unit (t, or MWh for electricity). */
export interface CbamInput {
  sector: CbamSector;
  /** Goods imported into the EU per year, in the sector's unit. */
  tonnesPerYear: number;
  /** Own verified embedded emissions, tCO₂e per unit; null means "use the sector's default value". */
  emissionsPerTonne: number | null;
  /** Benchmark, tCO₂e per unit. */
  benchmark: number;
  /** Year of import (2026 or later). */
  year: number;
  /** CBAM certificate price, EUR per tCO₂. */
  certificatePriceEur: number;
  /** Carbon price effectively paid in the country of origin, CNY per tCO₂. */
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

/** The numeric fields that are checked as "a finite figure from 0 to a limit". */
export type CbamBoundedField = keyof typeof CBAM_INPUT_LIMITS;

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
  if (input.emissionsPerTonne !== null) add('emissionsPerTonne', checkCbamFigure('emissionsPerTonne', input.emissionsPerTonne));
  add('benchmark', checkCbamFigure('benchmark', input.benchmark));
  add('year', checkCbamYear(input.year));
  add('certificatePriceEur', checkCbamFigure('certificatePriceEur', input.certificatePriceEur));
  add('originCarbonPrice', checkCbamFigure('originCarbonPrice', input.originCarbonPrice));
  add('originPriceShare', checkCbamShare(input.originPriceShare));
  add('cnyPerEur', checkCbamFigure('cnyPerEur', input.cnyPerEur));
  return errors;
}
