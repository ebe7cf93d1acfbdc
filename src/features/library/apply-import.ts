import type { Assessment } from '@/domain/assessment/assessment';
import { copyAssessment } from '@/domain/exchange/build-exchange-file';
import type { AppStore } from '@/lib/store/app-store';

export interface ImportPlan {
  /** Assessments to write, each under an id free in the store. */
  toPut: Assessment[];
  /** New to this device. */
  added: number;
  /** Same id as one here but different content: kept both, the file's copy under a new id. */
  copies: number;
  /** Exactly what is already here: skipped. */
  unchanged: number;
}

/** Content of an assessment apart from its last-change time, which saving again renews. */
function sameContent(a: Assessment, b: Assessment): boolean {
  const canonical = (x: Assessment) => {
    const { answers, ...rest } = { ...copyAssessment(x), updatedAt: 0 };
    const byKey = <T,>(entries: [string, T][]) => entries.sort(([p], [q]) => (p < q ? -1 : 1));
    return JSON.stringify([byKey(Object.entries(rest)), byKey(Object.entries(answers))]);
  };
  return canonical(a) === canonical(b);
}

/**
 * Decides how imported assessments join the ones here, never overwriting local work: a new id is
 * added; an identical copy is skipped (re-importing a file changes nothing); the same id with other
 * content is imported as a copy under a fresh id, leaving the local one untouched whichever is newer.
 * Each written assessment's time is at least `now`, so an earlier deletion (tombstone) cannot hide it.
 */
export function planImport(
  existing: Readonly<Record<string, Assessment>>,
  incoming: readonly Assessment[],
  now: number,
  newId: () => string,
): ImportPlan {
  const plan: ImportPlan = { toPut: [], added: 0, copies: 0, unchanged: 0 };
  const taken = new Set(Object.keys(existing));
  for (const a of incoming) {
    const local = existing[a.id];
    const fresh = { ...copyAssessment(a), updatedAt: Math.max(now, a.updatedAt) };
    if (!local) {
      plan.added++;
      plan.toPut.push(fresh);
    } else if (sameContent(local, a)) {
      plan.unchanged++;
      continue;
    } else {
      let id = newId();
      while (taken.has(id)) id = newId();
      plan.copies++;
      plan.toPut.push({ ...fresh, id });
    }
    taken.add(plan.toPut[plan.toPut.length - 1]!.id);
  }
  return plan;
}

/** Writes a whole plan in one store update (one save), so an import is applied entirely or not at all. */
export function applyImportPlan(store: AppStore, plan: ImportPlan): void {
  if (plan.toPut.length === 0) return;
  store.setState((s) => {
    const assessments = { ...s.assessments };
    const deleted = { ...s.deleted };
    for (const a of plan.toPut) {
      assessments[a.id] = a;
      delete deleted[a.id];
    }
    return { assessments, deleted };
  });
}
