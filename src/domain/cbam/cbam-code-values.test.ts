import { describe, expect, it } from 'vitest';
import { CBAM_CONSTANTS as C } from '@/content/cbam/cbam-constants-2026';
import { cbamCodeRow } from '@/content/cbam';
import { benchmarkFor, defaultBenchmarkFor, defaultRouteChoice, routeChoices, verifiedBenchmarkFor } from './cbam-code-values';

const row = (code: string) => cbamCodeRow(code)!;

describe('choosing the benchmark of a code', () => {
  it('takes column B of the route the China default value names', () => {
    expect(defaultBenchmarkFor(row('7208'), 2026, C)).toEqual({ value: 1.37, basis: 'route' });
    expect(defaultBenchmarkFor(row('2523100010'), 2026, C), 'white clinker (B)').toEqual({ value: 0.859, basis: 'route' });
    expect(defaultBenchmarkFor(row('2523100090'), 2026, C), 'grey clinker (A)').toEqual({ value: 0.666, basis: 'route' });
  });

  it('reads the (1) and (2) values of stainless steel as the two benchmark periods', () => {
    expect(defaultBenchmarkFor(row('721933'), 2026, C)).toEqual({ value: 1.27, basis: 'route_independent' });
    expect(defaultBenchmarkFor(row('721933'), 2028, C)).toEqual({ value: 1.23, basis: 'route_independent' });
  });

  it('takes the higher value where the default value names two routes (alloy bars, C/F)', () => {
    expect(row('7227').china!.route).toEqual(['C', 'F']);
    expect(defaultBenchmarkFor(row('7227'), 2026, C)).toEqual({ value: 1.613, basis: 'route' });
    expect(defaultRouteChoice(row('7227'), 2026, C)).toBe('F');
  });

  it('says so when the act lists no column B value for the default value’s route', () => {
    expect(defaultBenchmarkFor(row('72251990'), 2026, C)).toEqual({ value: 1.488, basis: 'highest_listed' });
    expect(row('72251990').notes).toContain('route_not_in_column_b');
  });

  it('offers the producer the routes column B distinguishes, and the benchmark of the one chosen', () => {
    expect(routeChoices(row('7208'))).toEqual(['C', 'D', 'E']);
    expect(routeChoices(row('731815'))).toEqual(['C', 'D', 'E', '-']);
    expect(routeChoices(row('7601'))).toEqual(['K', 'L']);
    expect(verifiedBenchmarkFor(row('7601'), 'L', 2026, C).value).toBe(0.091);
    expect(verifiedBenchmarkFor(row('731815'), '-', 2026, C).value, 'stainless bolts').toBe(1.154);
    expect(benchmarkFor(row('7208'), 'a', [], 2026, C).value, 'column A: the rolling step alone').toBe(0.044);
  });

  it('has no benchmark for electricity, which gets no free allocation', () => {
    expect(defaultBenchmarkFor(row('27160000'), 2026, C)).toEqual({ value: 0, basis: 'none' });
  });
});
