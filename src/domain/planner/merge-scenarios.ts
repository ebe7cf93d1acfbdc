import type { Scenario } from '../assessment/assessment';

/** At most this many scenarios per assessment, removed ones included (a board compares two or three). */
export const MAX_SCENARIOS = 20;

/**
 * Merges two copies of an assessment's scenarios (two windows, memory and storage): per scenario the
 * later `updatedAt` wins, a removal included. Order: first appearance, older copy's first.
 */
export function mergeScenarios(x: readonly Scenario[] | undefined, y: readonly Scenario[] | undefined): Scenario[] | undefined {
  if (!x?.length) return y?.length ? [...y] : x ? [...x] : y ? [...y] : undefined;
  if (!y?.length) return [...x];
  const byId = new Map<string, Scenario>();
  for (const s of [...x, ...y]) {
    const had = byId.get(s.id);
    if (!had || stamp(s) > stamp(had)) byId.set(s.id, s);
  }
  return [...byId.values()];
}

const stamp = (s: Scenario) => Math.max(s.updatedAt, s.removedAt ?? 0);

/** The scenarios a user sees: not removed, newest first. */
export function liveScenarios(list: readonly Scenario[] | undefined): Scenario[] {
  return (list ?? []).filter((s) => s.removedAt === undefined).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}
