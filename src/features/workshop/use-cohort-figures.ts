import { useEffect, useMemo, useState } from 'react';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import type { Assessment } from '@/domain/assessment/assessment';
import type { CohortMember } from '@/domain/cohort/cohort-members';
import { firmFigures, type FirmFigures } from '@/domain/cohort/firm-figures';
import { yieldToBrowser } from './yield-to-browser';

// Scored once per assessment object: stored assessments are never mutated, so a copy replaced by a
// newer one is scored afresh and the others are not scored again when the cohort changes.
const scored = new WeakMap<Assessment, FirmFigures>();

const scoreOne = (a: Assessment) => {
  let f = scored.get(a);
  if (!f) {
    f = firmFigures(instrument, RULES, { id: a.id, name: a.name, answers: a.answers });
    scored.set(a, f);
  }
  return f;
};

export interface CohortFigures {
  /** Every member's figures in member order, or null while some are still being scored. */
  figures: FirmFigures[] | null;
  scoredCount: number;
  total: number;
}

/**
 * Scores the cohort's firms (each once), in slices that yield to the browser so that 500 firms never
 * freeze the page; reports progress meanwhile.
 */
export function useCohortFigures(members: readonly CohortMember[]): CohortFigures {
  const [progress, setProgress] = useState({ members, done: 0 });
  // Recounted on every render (cheap lookups), so it drops to 0 as soon as the last slice is scored.
  let missing = 0;
  for (const m of members) if (!scored.has(m.assessment)) missing++;

  const needsScoring = missing > 0;
  useEffect(() => {
    if (!needsScoring) return;
    let live = true;
    void (async () => {
      let done = members.filter((m) => scored.has(m.assessment)).length;
      for (const m of members) {
        if (!live) return;
        if (scored.has(m.assessment)) continue;
        scoreOne(m.assessment);
        done++;
        if (await yieldToBrowser.ifDue()) {
          if (!live) return;
          setProgress({ members, done });
        }
      }
      if (live) setProgress({ members, done });
    })();
    return () => {
      live = false;
    };
  }, [members, needsScoring]);

  const figures = useMemo(
    () => (missing === 0 ? members.map((m) => scored.get(m.assessment)!) : null),
    [members, missing],
  );
  const scoredCount = progress.members === members ? progress.done : members.length - missing;
  return { figures, scoredCount: figures ? members.length : scoredCount, total: members.length };
}
