/**
 * The EU CBAM (Carbon Border Adjustment Mechanism) as data: sectors, the yearly phase-out of free
 * allocation, default-value mark-ups, reference prices, the de-minimis threshold and the sources.
 * Facts are as of 2026 (DESIGN.md §6, paper §4.1); the per-sector emission figures are ILLUSTRATIVE.
 */

/** The six sectors of CBAM's first phase (Regulation (EU) 2023/956, Annex I). */
export const CBAM_SECTORS = ['iron_steel', 'aluminium', 'cement', 'fertilisers', 'hydrogen', 'electricity'] as const;
/** One of the six CBAM sectors, by stable id. */
export type CbamSector = (typeof CBAM_SECTORS)[number];

/** The unit in which a sector's goods are counted: electricity in MWh, everything else in tonnes. */
export type CbamUnit = 'tonne' | 'MWh';

/** What the estimate needs to know about one sector. Emission figures are in tCO₂e per unit of goods. */
export interface CbamSectorRule {
  readonly id: CbamSector;
  /** Combined Nomenclature headings covered (a heading range does not mean every code in it is covered). */
  readonly cnHeadings: readonly string[];
  readonly unit: CbamUnit;
  /** ILLUSTRATIVE default embedded emissions; replace with the Commission's default value for the CN code. */
  readonly defaultEmissions: number;
  /** ILLUSTRATIVE benchmark; replace with the Commission's CBAM benchmark for the CN code and production route. */
  readonly benchmark: number;
  /** Whether the 50-tonne de-minimis exemption can apply (it never does for electricity or hydrogen). */
  readonly deMinimisApplies: boolean;
}

/**
 * Illustrative figures only. Benchmarks are the EU ETS product benchmarks for 2021–2025 (Commission
 * Implementing Regulation (EU) 2021/447); defaults are typical intensities of Chinese production.
 * Users must replace both with the values the Commission publishes for their CN code.
 */
export const CBAM_SECTOR_RULES: Readonly<Record<CbamSector, CbamSectorRule>> = {
  iron_steel: {
    id: 'iron_steel',
    cnHeadings: ['72.01–72.29', '73.01–73.26'],
    unit: 'tonne',
    // Blast-furnace steel, near worldsteel's global average of about 1.9 t CO₂ per tonne of steel cast.
    defaultEmissions: 2.0,
    // ETS benchmark for hot metal.
    benchmark: 1.288,
    deMinimisApplies: true,
  },
  aluminium: {
    id: 'aluminium',
    cnHeadings: ['76.01–76.16'],
    unit: 'tonne',
    // Direct emissions of primary smelting (anodes and PFCs); CBAM counts only direct emissions for aluminium.
    defaultEmissions: 1.9,
    // ETS benchmark for primary aluminium.
    benchmark: 1.464,
    deMinimisApplies: true,
  },
  cement: {
    id: 'cement',
    cnHeadings: ['25.23'],
    unit: 'tonne',
    // Grey clinker from a dry-process kiln, direct plus indirect emissions.
    defaultEmissions: 0.85,
    // ETS benchmark for grey cement clinker.
    benchmark: 0.693,
    deMinimisApplies: true,
  },
  fertilisers: {
    id: 'fertilisers',
    cnHeadings: ['28.08', '28.14', '31.02–31.05'],
    unit: 'tonne',
    // Ammonia made from coal, China's usual route, is far more carbon-intensive than from natural gas.
    defaultEmissions: 2.5,
    // ETS benchmark for ammonia.
    benchmark: 1.57,
    deMinimisApplies: true,
  },
  hydrogen: {
    id: 'hydrogen',
    cnHeadings: ['2804 10'],
    unit: 'tonne',
    // Unabated steam methane reforming (IEA: about 10–12 t CO₂ per tonne of hydrogen; coal is about twice that).
    defaultEmissions: 10,
    // ETS benchmark for hydrogen.
    benchmark: 6.84,
    deMinimisApplies: false,
  },
  electricity: {
    id: 'electricity',
    cnHeadings: ['27.16'],
    unit: 'MWh',
    // China's national average grid emission factor for 2022 (0.5366 t CO₂/MWh, published in 2024).
    defaultEmissions: 0.5366,
    // Electricity receives no free allocation in the EU ETS, so nothing is deducted.
    benchmark: 0,
    deMinimisApplies: false,
  },
};

/** First year of the definitive (paying) period. */
export const CBAM_FIRST_YEAR = 2026;

/** Share of the benchmark still deducted as EU free allocation, by year; 0 from 2034 on. */
export const CBAM_FACTORS: Readonly<Record<number, number>> = {
  2026: 0.975,
  2027: 0.95,
  2028: 0.9,
  2029: 0.775,
  2030: 0.515,
  2031: 0.39,
  2032: 0.265,
  2033: 0.14,
};

/** The CBAM factor for a year of import (0 from 2034, when free allocation ends). */
export function cbamFactor(year: number): number {
  return CBAM_FACTORS[year] ?? 0;
}

/** Mark-up added to default values when no verified data are declared: +10% 2026, +20% 2027, +30% from 2028. */
export function defaultValueMarkUp(year: number): number {
  if (year <= 2026) return 0.1;
  if (year === 2027) return 0.2;
  return 0.3;
}

/** Q1 2026 CBAM certificate price, EUR per tCO₂ (the paper's figure, §4.1). */
export const DEFAULT_CERTIFICATE_PRICE_EUR = 75.36;

/** China national ETS closing price, CNY per tCO₂, on 2025-09-30: a reference, not what a firm actually paid. */
export const CHINA_ETS_REFERENCE_PRICE_CNY = 57.97;
/** Date of that closing price (ISO 8601). */
export const CHINA_ETS_REFERENCE_DATE = '2025-09-30';

/** An ASSUMED exchange rate, CNY per EUR; the user should enter the rate they plan with. */
export const DEFAULT_CNY_PER_EUR = 8.2;

/** De minimis (Regulation (EU) 2025/2083): under this net mass a year, per EU importer, summed over all CBAM goods. */
export const DE_MINIMIS_TONNES = 50;

/** The paper's estimate of the extra charge per tonne exported, CNY (§4.1). */
export const PAPER_RANGE_CNY_PER_TONNE = { low: 130, high: 4670 } as const;

/** Certificate prices, EUR per tCO₂, at which the sensitivity table is computed (the user's own price is added). */
export const SENSITIVITY_PRICES_EUR: readonly number[] = [50, DEFAULT_CERTIFICATE_PRICE_EUR, 100, 150];

/** Upper bounds that keep every result finite; far beyond any real figure. */
export const CBAM_INPUT_LIMITS = {
  tonnesPerYear: 1e9,
  emissionsPerTonne: 100,
  benchmark: 100,
  certificatePriceEur: 10_000,
  originCarbonPrice: 100_000,
  cnyPerEur: 1_000,
} as const;

/** The sources the estimate rests on; display text for each id lives in the locale files. */
export const CBAM_SOURCES = [
  'regulation_2023_956',
  'regulation_2025_2083',
  'implementing_default_values',
  'ets_benchmarks_2021_447',
  'china_ets_price',
  'paper',
] as const;
/** Id of one source; its citation text is `sources.<id>` in locales/<lng>/cbam.json. */
export type CbamSource = (typeof CBAM_SOURCES)[number];

/** True when `x` names one of the CBAM sectors. */
export function isCbamSector(x: unknown): x is CbamSector {
  return typeof x === 'string' && (CBAM_SECTORS as readonly string[]).includes(x);
}
