import type { Tier } from './rule-vocabulary';

/**
 * Priority in words. With importance from 1 to about 4.5 and a gap from 0 to 1, a priority of 2.5 or
 * more means an important rule on a wide gap (high); 1.25 or more, either of the two (medium); below
 * that, later. Users see the words; the number stays in the method text and the CSV.
 */
export const PRIORITY_TIERS = { high: 2.5, medium: 1.25 } as const;

/** The tier of a priority. */
export function tierOf(priority: number): Tier {
  return priority >= PRIORITY_TIERS.high ? 'high' : priority >= PRIORITY_TIERS.medium ? 'medium' : 'later';
}
