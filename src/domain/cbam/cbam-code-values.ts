import type { CbamCodeRow } from './cbam-code-schema';
import type { CbamConstants } from './cbam-constants-schema';
import { CBAM_ROUTES, type CbamRoute, type CbamSector } from './cbam-sectors';

/** Column of the act's per-year values for an import year: 2026, 2027, or 2028 and later. */
export function yearColumn(year: number): 0 | 1 | 2 {
  return year <= 2026 ? 0 : year === 2027 ? 1 : 2;
}

/** The CBAM factor of a year of import (0 after the last year listed, when free allocation has ended). */
export function cbamFactor(c: CbamConstants, year: number): number {
  return c.cbamFactors.values[year - c.cbamFactors.firstYear] ?? (year < c.cbamFactors.firstYear ? 1 : 0);
}

/** The mark-up a published default value of this sector and year already includes (0.1 = +10 %). */
export function markUpOf(c: CbamConstants, sector: CbamSector, year: number): number {
  return c.markUps.bySector[sector][yearColumn(year)];
}

/** China's official default value for the year of import, mark-up included; null when the act gives none. */
export function chinaDefaultFor(row: CbamCodeRow, year: number): number | null {
  return row.china ? row.china.withMarkUp[yearColumn(year)] : null;
}

interface BenchmarkEntry {
  route: CbamRoute | null;
  period: 1 | 2 | null;
  value: number;
}

function entriesOf(column: Record<string, number>): BenchmarkEntry[] {
  return Object.entries(column).map(([label, value]) => {
    const route = (CBAM_ROUTES as readonly string[]).includes(label[0]!) ? (label[0] as CbamRoute) : null;
    const digit = label.at(-1);
    return { route, period: digit === '1' ? 1 : digit === '2' ? 2 : null, value };
  });
}

/**
 * How a benchmark was chosen: for the route asked for; the act's route-independent value; the highest value the
 * act lists where it gives none for the route (labelled in the panel); or none for goods without free allocation.
 */
export type BenchmarkBasis = 'route' | 'route_independent' | 'highest_listed' | 'none';

export interface ResolvedBenchmark {
  value: number;
  basis: BenchmarkBasis;
}

/**
 * The benchmark of a row in column A or B for the given routes and year. Values marked (1) or (2) belong to the two
 * benchmark periods; where several values fit (two routes, or alloy grades), the highest is taken, as Annex point
 * 5.1 of Implementing Regulation (EU) 2025/2620 does for alloy grades.
 */
export function benchmarkFor(
  row: CbamCodeRow,
  column: 'a' | 'b',
  routes: readonly CbamRoute[],
  year: number,
  c: CbamConstants,
): ResolvedBenchmark {
  if (!row.benchmark) return { value: 0, basis: 'none' };
  const period = year <= c.benchmarkPeriods.firstPeriodUntil ? 1 : 2;
  const usable = entriesOf(row.benchmark[column]).filter((e) => e.period === null || e.period === period);
  const highest = (list: BenchmarkEntry[]) => Math.max(...list.map((e) => e.value));
  const forRoute = usable.filter((e) => e.route !== null && routes.includes(e.route));
  if (forRoute.length > 0) return { value: highest(forRoute), basis: 'route' };
  const independent = usable.filter((e) => e.route === null);
  if (independent.length > 0) return { value: highest(independent), basis: 'route_independent' };
  if (usable.length > 0) return { value: highest(usable), basis: 'highest_listed' };
  return { value: 0, basis: 'none' };
}

/** The benchmark that goes with China's default value: column B, for the route the default value names. */
export function defaultBenchmarkFor(row: CbamCodeRow, year: number, c: CbamConstants): ResolvedBenchmark {
  return benchmarkFor(row, 'b', row.china?.route ?? [], year, c);
}

/** A production route a producer with verified data can choose, or '-' for the act's route-independent value. */
export type RouteChoice = CbamRoute | '-';

/** The routes column B distinguishes for this code, and '-' when it also lists a value independent of the route. */
export function routeChoices(row: CbamCodeRow): RouteChoice[] {
  if (!row.benchmark) return [];
  const entries = entriesOf(row.benchmark.b);
  const routes = CBAM_ROUTES.filter((r) => entries.some((e) => e.route === r));
  const independent = entries.some((e) => e.route === null);
  return routes.length > 0 && independent ? [...routes, '-'] : routes;
}

/**
 * The benchmark for a producer's own verified data on its route. Column A holds only the last process step of a
 * complex good; the act adds the precursors' values from column B where the producer gives none (2025/2620, Annex
 * point 3.3). Column B of the same route is the estimate of that sum used here.
 */
export function verifiedBenchmarkFor(row: CbamCodeRow, choice: RouteChoice | null, year: number, c: CbamConstants): ResolvedBenchmark {
  if (choice === null) return defaultBenchmarkFor(row, year, c);
  return benchmarkFor(row, 'b', choice === '-' ? [] : [choice], year, c);
}

/**
 * The route a producer with verified data starts from: among the routes the default value names, the one whose
 * benchmark the default value uses (the higher, where it names two); else the first choice column B offers.
 */
export function defaultRouteChoice(row: CbamCodeRow, year: number, c: CbamConstants): RouteChoice | null {
  const choices = routeChoices(row);
  const named = (row.china?.route ?? []).filter((r) => choices.includes(r));
  if (named.length === 0) return choices.includes('-') ? '-' : (choices[0] ?? null);
  const value = (r: CbamRoute) => benchmarkFor(row, 'b', [r], year, c).value;
  return named.reduce((best, r) => (value(r) > value(best) ? r : best));
}
