import type { Answer, Assessment } from '@/domain/assessment/assessment';
import { CLOCK_ALLOWANCE_MS } from './clock';

const clampTime = (t: number, now: number) => (t > now + CLOCK_ALLOWANCE_MS ? now : t);

function clampAnswers(answers: Record<string, Answer>, now: number): Record<string, Answer> {
  const out: Record<string, Answer> = {};
  for (const [qid, a] of Object.entries(answers)) out[qid] = { ...a, updatedAt: clampTime(a.updatedAt, now) };
  return out;
}

/**
 * A copy of an assessment from a file with every time later than `now` (plus a few minutes'
 * allowance for clocks slightly apart) brought back to `now`: a file written on a device whose
 * clock ran ahead must not outrank the edits made here afterwards.
 */
export function clampFutureTimes(a: Assessment, now: number): Assessment {
  const out: Assessment = {
    ...a,
    createdAt: clampTime(a.createdAt, now),
    updatedAt: clampTime(a.updatedAt, now),
    answers: clampAnswers(a.answers, now),
  };
  if (a.upgrades) {
    out.upgrades = a.upgrades.map((u) => ({
      ...u,
      at: clampTime(u.at, now),
      review: u.review.map((r) => ({ ...r, previous: { ...r.previous, updatedAt: clampTime(r.previous.updatedAt, now) } })),
      check: u.check.map((r) => ({ ...r, previous: { ...r.previous, updatedAt: clampTime(r.previous.updatedAt, now) } })),
      retired: clampAnswers(u.retired, now),
    }));
  }
  if (a.scenarios) {
    out.scenarios = a.scenarios.map((s) => {
      const c = { ...s, createdAt: clampTime(s.createdAt, now), updatedAt: clampTime(s.updatedAt, now), answers: clampAnswers(s.answers, now) };
      if (s.removedAt !== undefined) c.removedAt = clampTime(s.removedAt, now);
      return c;
    });
  }
  return out;
}
