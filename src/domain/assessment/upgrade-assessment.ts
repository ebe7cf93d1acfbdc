import type { Answer, Answers, Assessment, UpgradeItem, UpgradeNote } from './assessment';
import type { Instrument, Question } from '../instrument/instrument-schema';
import type { Carry, Revision } from '../instrument/revision-schema';
import { isAllowedValue } from '../exchange/check-answer-values';

/**
 * Moves an assessment given to an earlier questionnaire to `instrument`'s version, one revision at a
 * time, as the revisions in the instrument say. Nothing is dropped: an answer that cannot be carried
 * is kept in the upgrade note beside the question to answer again; an answer to a question no longer
 * asked is kept there verbatim. Pure and deterministic (`at` is the time of the upgrade); an
 * assessment already current, or of a version no revision starts from, comes back unchanged.
 */
export function upgradeAssessment(assessment: Assessment, instrument: Instrument, at: number): Assessment {
  const chain = revisionChain(instrument, assessment.instrumentVersion);
  if (chain.length === 0) return assessment;
  let answers = assessment.answers;
  const notes: UpgradeNote[] = [];
  for (const revision of chain) {
    const byId = revision.to === instrument.version ? new Map(instrument.questions.map((q) => [q.id, q])) : null;
    const step = upgradeAnswers(answers, revision, byId, at);
    answers = step.answers;
    notes.push(step.note);
  }
  return {
    ...assessment,
    instrumentVersion: instrument.version,
    answers,
    upgrades: [...(assessment.upgrades ?? []), ...notes],
  };
}

/** True when `version` is older than the instrument and a chain of revisions leads from it to the instrument. */
export function canUpgrade(instrument: Instrument, version: string): boolean {
  return revisionChain(instrument, version).length > 0;
}

/** The revisions from `version` to the instrument's, in order; empty when there is no such chain. */
function revisionChain(instrument: Instrument, version: string): Revision[] {
  const out: Revision[] = [];
  let at = version;
  while (at !== instrument.version) {
    const next = instrument.revisions.find((r) => r.from === at);
    if (!next || out.includes(next)) return [];
    out.push(next);
    at = next.to;
  }
  return out;
}

/**
 * Applies one revision to a set of answers. `questions` (the new version's, when known) lets carried
 * values be checked: a value the new question would not accept is never stored, it goes to review.
 */
export function upgradeAnswers(
  answers: Answers,
  revision: Revision,
  questions: ReadonlyMap<string, Question> | null,
  at: number,
): { answers: Answers; note: UpgradeNote } {
  const out: Answers = {};
  const note: UpgradeNote = { from: revision.from, to: revision.to, at, added: [], review: [], check: [], retired: {}, done: [] };
  const received = new Set<string>();
  const accepts = (qid: string, value: Answer['value']) => {
    if (!questions) return true;
    const q = questions.get(qid);
    return q !== undefined && isAllowedValue(q, value);
  };
  // Old ids in a fixed order, so the same answers always upgrade the same way.
  for (const oldId of Object.keys(answers).sort()) {
    const answer = answers[oldId]!;
    const carries = Object.hasOwn(revision.carry, oldId) ? revision.carry[oldId]! : null;
    if (carries === null) {
      // Unchanged question: kept as it is, unless the new version no longer accepts the value.
      if (accepts(oldId, answer.value)) out[oldId] = answer;
      else if (questions?.has(oldId)) note.review.push(item(oldId, oldId, answer));
      else note.retired[oldId] = answer;
      received.add(oldId);
      continue;
    }
    if (carries.length === 0) {
      note.retired[oldId] = answer;
      continue;
    }
    carries.forEach((carry, i) => {
      received.add(carry.to);
      if (Object.hasOwn(out, carry.to)) return; // another earlier answer already feeds it
      const moved = carryAnswer(answer, carry, questions?.get(carry.to), i === 0);
      if (moved === null || !accepts(carry.to, moved.value)) {
        note.review.push(item(carry.to, oldId, answer));
        return;
      }
      out[carry.to] = moved;
      if (carry.check && hasContent(moved)) note.check.push(item(carry.to, oldId, answer));
    });
  }
  const previous = new Set(revision.previousQuestions);
  for (const q of questions?.values() ?? []) if (!previous.has(q.id) && !received.has(q.id)) note.added.push(q.id);
  return { answers: out, note };
}

const item = (questionId: string, from: string, previous: Answer): UpgradeItem => ({ questionId, from, previous: { ...previous } });

const hasContent = (a: Answer) => a.dontKnow === true || a.value !== undefined;

/**
 * The answer as the new question takes it, or null when an option cannot be carried. A "don't know"
 * stays a "don't know"; the note goes with the first of several new questions only.
 */
function carryAnswer(answer: Answer, carry: Carry, target: Question | undefined, withNote: boolean): Answer | null {
  const out: Answer = { updatedAt: answer.updatedAt };
  if (answer.dontKnow) out.dontKnow = true;
  if (withNote && answer.note !== undefined) out.note = answer.note;
  const v = answer.value;
  if (v === undefined || answer.dontKnow) return out;
  if (typeof v === 'number') {
    out.value = v;
    return out;
  }
  const mapped: string[] = [];
  for (const id of Array.isArray(v) ? v : [v]) {
    const to = carry.options && Object.hasOwn(carry.options, id) ? carry.options[id] : id;
    if (to === null || to === undefined) return null;
    for (const x of Array.isArray(to) ? to : [to]) if (!mapped.includes(x)) mapped.push(x);
  }
  const multi = target ? target.type === 'multi' : Array.isArray(v);
  if (multi) out.value = mapped;
  else if (mapped.length === 1) out.value = mapped[0]!;
  else return null;
  return out;
}

/**
 * For a file from an earlier version: the first answer that version could not have held (a question
 * it did not ask, or a value neither the revision nor the new question knows), or null. Checked before
 * upgrading, so a damaged or hostile old file is refused, never parked in an upgrade note.
 */
export function findInvalidEarlierAnswer(answers: Answers, instrument: Instrument, version: string): { questionId: string; unknown: boolean } | null {
  const chain = revisionChain(instrument, version);
  const first = chain[0];
  if (!first) return null;
  const byId = new Map(instrument.questions.map((q) => [q.id, q]));
  const previous = new Set(first.previousQuestions);
  for (const [qid, answer] of Object.entries(answers)) {
    if (!previous.has(qid)) return { questionId: qid, unknown: true };
    const carries = Object.hasOwn(first.carry, qid) ? first.carry[qid]! : [{ to: qid }];
    const v = answer.value;
    if (v === undefined) continue;
    const ok = carries.every((c) => {
      const target = byId.get(c.to);
      // A chain of several revisions: only the first step's ids can be checked here.
      if (!target || chain.length > 1) return typeof v === 'number' || typeof v === 'string' || Array.isArray(v);
      if (typeof v === 'number') return isAllowedValue(target, v);
      const ids = Array.isArray(v) ? v : [v];
      const known = (id: string) => (c.options !== undefined && Object.hasOwn(c.options, id)) || (target.options ?? []).some((o) => o.id === id);
      return (Array.isArray(v) ? new Set(v).size === v.length : true) && ids.every(known);
    });
    if (!ok) return { questionId: qid, unknown: false };
  }
  return null;
}
