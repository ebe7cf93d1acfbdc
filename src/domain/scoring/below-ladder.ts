import type { Answers } from '../assessment/assessment';
import type { LadderPlacement } from './result-types';

/**
 * Where a firm that has not reached the first rung stands (paper §2.1: the first rung is selling
 * abroad regularly, through general trade): it sells abroad now and then (`occasional`), not at all
 * (`none`), or its answer does not say (`unknown`: not answered or "don't know", never read as a no).
 */
export type BelowLadder = 'occasional' | 'none' | 'unknown';

export interface BelowLadderStanding {
  kind: BelowLadder;
  /** The overseas share of revenue it gave (0–100), when it sells abroad now and then; else null. */
  overseasShare: number | null;
}

/** The standing below the first rung, read from the export-status answer; null for a firm on the ladder. */
export function belowLadder(answers: Answers, ladder: Pick<LadderPlacement, 'rung'>): BelowLadderStanding | null {
  if (ladder.rung !== 'none') return null;
  const status = answers['profile.export_status'];
  const given = status && !status.dontKnow ? status.value : undefined;
  if (given === 'occasional') {
    const share = answers['profile.overseas_share'];
    const value = share && !share.dontKnow && typeof share.value === 'number' ? share.value : null;
    return { kind: 'occasional', overseasShare: value };
  }
  return { kind: given === 'none' ? 'none' : 'unknown', overseasShare: null };
}
