/** How far ahead of this device's clock a time from a file may be and still be kept as it is. */
export const CLOCK_ALLOWANCE_MS = 5 * 60_000;

/**
 * The time of a change the user makes here: now, but always after the time of what it replaces.
 * Tabs merge newest-wins; a stored answer dated in the future (a device whose clock ran ahead, or
 * this clock set back) would otherwise win over every later edit, and the edit be lost on reload.
 */
export function editTime(now: number, replaced?: number): number {
  return replaced !== undefined && Number.isFinite(replaced) && replaced >= now ? replaced + 1 : now;
}
