/**
 * The five-number summary plus the mean of a list of figures. Quartiles use linear interpolation
 * between closest ranks ("type 7": R's and NumPy's default, Excel's QUARTILE.INC): the p-quantile of
 * n sorted values sits at position (n − 1) × p, interpolated between its two neighbours.
 */
export interface Spread {
  count: number;
  mean: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Quantile p (0–1) of values already sorted ascending, by linear interpolation (type 7). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

/**
 * Sum of figures added in ascending order. Floating-point addition is not associative, so adding in
 * a fixed order makes every total independent of the order the firms were imported in.
 */
export function orderedSum(values: readonly number[]): number {
  // A typed array sorts numerically without a comparator: several times faster on 10,000 firms.
  const sorted = Float64Array.from(values).sort();
  let s = 0;
  for (const v of sorted) s += v;
  return s;
}

/** Mean, min, quartiles and max of `values` (non-finite values left out); null for none. */
export function summarise(values: readonly number[]): Spread | null {
  const sorted = Float64Array.from(values.filter(Number.isFinite)).sort();
  const n = sorted.length;
  if (n === 0) return null;
  let sum = 0;
  for (const v of sorted) sum += v;
  // Rounding of the sum can put the mean a hair outside [min, max]; keep it inside.
  const mean = Math.min(sorted[n - 1]!, Math.max(sorted[0]!, sum / n));
  return {
    count: n,
    mean,
    min: sorted[0]!,
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    max: sorted[n - 1]!,
  };
}
