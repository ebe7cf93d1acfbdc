import type { CbamCodeRow } from './cbam-code-schema';
import type { CbamConstants } from './cbam-constants-schema';
import { chinaDefaultFor, defaultBenchmarkFor, verifiedBenchmarkFor, type BenchmarkBasis, type RouteChoice } from './cbam-code-values';
import type { CbamInput } from './validate-cbam-input';

/** The certificate price used for a year (and, in 2026, a quarter) of import, and how it was chosen. */
export interface CertificatePrice {
  eur: number;
  /** The 2026 quarter the price belongs to. */
  quarter: number;
  /** 'published' for the quarter asked for; 'latest' when that quarter (or year) has no published price yet. */
  status: 'published' | 'latest';
}

/** The last published quarterly price (the list is in quarter order). */
export function latestPublishedPrice(c: CbamConstants): CertificatePrice {
  const published = c.certificatePrices.quarters.filter((q) => q.eur !== null);
  const last = published[published.length - 1]!;
  return { eur: last.eur!, quarter: last.quarter, status: 'published' };
}

/** The price of a quarter of 2026 if published; otherwise (a later quarter or year) the latest published one. */
export function certificatePriceFor(c: CbamConstants, year: number, quarter: number | null): CertificatePrice {
  const q = year === c.certificatePrices.year && quarter !== null ? c.certificatePrices.quarters.find((p) => p.quarter === quarter) : undefined;
  if (q && q.eur !== null) return { eur: q.eur, quarter: q.quarter, status: 'published' };
  return { ...latestPublishedPrice(c), status: 'latest' };
}

/** Where the default value of an estimate comes from. */
export type DefaultValueBasis = 'china' | 'other_countries' | 'sector_fallback';

/** The official values for one CN code and year, ready to prefill, with how each was chosen. */
export interface CodeValues {
  defaultEmissions: number;
  defaultBasis: DefaultValueBasis;
  defaultBenchmark: number;
  defaultBenchmarkBasis: BenchmarkBasis;
  verifiedBenchmark: number;
  verifiedBenchmarkBasis: BenchmarkBasis;
}

/**
 * The values a covered row gives for a year: China's default value (mark-up included) or, where the act gives none,
 * the sector fallback (labelled as such), and the benchmarks for the default value and for verified data on `route`.
 * Null for a row CBAM does not cover.
 */
export function codeValues(row: CbamCodeRow, year: number, route: RouteChoice | null, c: CbamConstants, fallback: CbamCodeRow | undefined): CodeValues | null {
  if (!row.covered) return null;
  const official = chinaDefaultFor(row, year);
  const fallbackValue = row.sector === 'electricity' ? c.sectorFallback.electricityEmissions.tCo2PerMwh : fallback ? chinaDefaultFor(fallback, year) : null;
  const defaultEmissions = official ?? fallbackValue;
  if (defaultEmissions === null) return null;
  const d = defaultBenchmarkFor(row, year, c);
  const v = verifiedBenchmarkFor(row, route, year, c);
  return {
    defaultEmissions,
    defaultBasis: official === null ? 'sector_fallback' : row.china!.table,
    defaultBenchmark: d.value,
    defaultBenchmarkBasis: d.basis,
    verifiedBenchmark: v.value,
    verifiedBenchmarkBasis: v.basis,
  };
}

/** Everything an estimate from a code needs besides the row: quantity, year and the user's own figures. */
export interface CodeInputOptions {
  tonnesPerYear: number;
  year: number;
  quarter: number | null;
  verifiedEmissions: number | null;
  route: RouteChoice | null;
  /** Carbon price actually paid in China on a share of the emissions (default: the reference price on 0 %). */
  originPriceShare?: number;
  cnyPerEur?: number;
}

/** The estimate's input for a CN code at its official values; null for a code CBAM does not cover. */
export function inputForCode(row: CbamCodeRow, c: CbamConstants, o: CodeInputOptions, fallback?: CbamCodeRow): CbamInput | null {
  const values = codeValues(row, o.year, o.route, c, fallback);
  if (!values) return null;
  return {
    sector: row.sector,
    tonnesPerYear: o.tonnesPerYear,
    year: o.year,
    verifiedEmissions: o.verifiedEmissions,
    verifiedBenchmark: values.verifiedBenchmark,
    defaultEmissions: values.defaultEmissions,
    defaultBenchmark: values.defaultBenchmark,
    certificatePriceEur: certificatePriceFor(c, o.year, o.quarter).eur,
    // China's ETS hands out allowances free, so the price effectively paid on a tonne is usually close to nothing.
    originCarbonPrice: c.chinaEts.cnyPerTonne,
    originPriceShare: o.originPriceShare ?? 0,
    cnyPerEur: o.cnyPerEur ?? c.cnyPerEur.value,
  };
}
