import type { Answers, Assessment, UpgradeItem, UpgradeNote } from './assessment';

/** What is still to do after questionnaire upgrades: answer again, check, or answer for the first time. */
export interface OpenUpgrade {
  /** The newest upgrade's versions, for the notice ("moved from 2026.1 to 2026.2"). */
  from: string;
  to: string;
  review: UpgradeItem[];
  check: UpgradeItem[];
  added: string[];
  /** Earlier answers to questions no longer asked, by old question id (kept verbatim, for reference). */
  retired: Record<string, UpgradeNote['retired'][string]>;
}

/** True when the question was answered (or marked "don't know") after the upgrade ran. */
const settledAfter = (answers: Answers, questionId: string, at: number) => {
  const a = answers[questionId];
  return a !== undefined && a.updatedAt > at && (a.dontKnow === true || a.value !== undefined);
};

/**
 * The upgrade items still open for an assessment, among the questions shown (`visible`): an item
 * settles once its question is answered after the upgrade, or the user keeps the carried answer.
 * Null when nothing is open. Derived, never stored.
 */
export function openUpgrade(assessment: Assessment, visible: ReadonlySet<string>): OpenUpgrade | null {
  const notes = assessment.upgrades ?? [];
  if (notes.length === 0) return null;
  const out: OpenUpgrade = { from: notes[0]!.from, to: notes.at(-1)!.to, review: [], check: [], added: [], retired: {} };
  const seen = new Set<string>();
  // Newest first: a later upgrade's item for a question replaces an earlier one.
  for (const note of [...notes].reverse()) {
    const open = (id: string) => visible.has(id) && !seen.has(id) && !note.done.includes(id) && !settledAfter(assessment.answers, id, note.at);
    for (const r of note.review) if (open(r.questionId)) out.review.push(r);
    for (const c of note.check) if (open(c.questionId)) out.check.push(c);
    for (const id of note.added) if (open(id)) out.added.push(id);
    for (const id of [...note.review, ...note.check].map((x) => x.questionId).concat(note.added)) seen.add(id);
    Object.assign(out.retired, note.retired);
  }
  const any = out.review.length + out.check.length + out.added.length + Object.keys(out.retired).length;
  return any > 0 ? out : null;
}

/** What an upgrade asks of one question, if anything is still open (for the badge beside it). */
export type UpgradeAsk = { kind: 'review' | 'check'; item: UpgradeItem; to: string } | { kind: 'added'; to: string };

/** The open upgrade item of one question (newest upgrade first), or null. */
export function upgradeAskFor(assessment: Assessment | undefined, questionId: string): UpgradeAsk | null {
  const notes = assessment?.upgrades;
  if (!assessment || !notes) return null;
  for (let i = notes.length - 1; i >= 0; i--) {
    const note = notes[i]!;
    const review = note.review.find((r) => r.questionId === questionId);
    const check = note.check.find((c) => c.questionId === questionId);
    const added = note.added.includes(questionId);
    if (!review && !check && !added) continue;
    if (note.done.includes(questionId) || settledAfter(assessment.answers, questionId, note.at)) return null;
    if (review) return { kind: 'review', item: review, to: note.to };
    if (check) return { kind: 'check', item: check, to: note.to };
    return { kind: 'added', to: note.to };
  }
  return null;
}
