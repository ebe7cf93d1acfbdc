import type { Assessment } from '@/domain/assessment/assessment';
import { copyAssessment } from '@/domain/exchange/build-exchange-file';
import type { AppStore } from '@/lib/store/app-store';
import { clampFutureTimes } from '@/lib/store/clamp-times';

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

/** Times that saving again renews, or that an import brings back to this device's clock. */
const TIME_KEYS: ReadonlySet<string> = new Set(['createdAt', 'updatedAt', 'at']);

/** A value with its object keys sorted and its times left out, for comparing content. */
function canonicalValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonicalValue);
  if (typeof v !== 'object' || v === null) return v;
  const keys = Object.keys(v).filter((k) => !TIME_KEYS.has(k)).sort();
  return keys.map((k) => [k, canonicalValue((v as Record<string, unknown>)[k])]);
}

/** Content of an assessment apart from its times. */
function sameContent(a: Assessment, b: Assessment): boolean {
  const canonical = (x: Assessment) => JSON.stringify(canonicalValue(copyAssessment(x)));
  return canonical(a) === canonical(b);
}

/**
 * Decides how imported assessments join the ones here, never overwriting local work: a new id is
 * added; an identical copy is skipped (re-importing a file changes nothing); the same id with other
 * content is imported as a copy under a fresh id, leaving the local one untouched whichever is newer.
 * Each written assessment's time is at least `now`, so an earlier deletion (tombstone) cannot hide it,
 * and no time in it is later than `now` (a few minutes' allowance): a file from a device whose clock
 * ran ahead must not outrank the edits made here afterwards.
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
    const clamped = clampFutureTimes(copyAssessment(a), now);
    const fresh = { ...clamped, updatedAt: Math.max(now, clamped.updatedAt) };
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
