import type { Answer, Answers } from '../assessment/assessment';
import type { Instrument, Question } from '../instrument/instrument-schema';
import type { Effect } from '../recommendations/rule-schema';
import { bandsFor, chosenOptions, creditOf, numericValue } from '../scoring/answer-credit';
import { indexInstrument } from '../scoring/instrument-index';
import { testAnswers, visibleQuestions } from '../scoring/visibility';

/**
 * The answers as they would be once the actions are carried out: each effect only ever raises an answer
 * (a better option, a higher number, one more option ticked), never lowers one. An effect's `when` reads
 * the firm as it is before the actions, so two steps on one answer never compound; an effect on a
 * follow-up that stays hidden is kept but not scored. Pure: the input is never touched, and the stored
 * assessment is never what this returns.
 */
export function applyEffects(answers: Answers, effects: readonly Effect[], instrument: Instrument): Answers {
  const index = indexInstrument(instrument);
  const shownBefore = visibleQuestions(index, answers);
  let planned = answers;
  for (const e of effects) {
    const q = index.byId.get(e.q);
    if (!q) continue;
    if (e.when && !testAnswers(e.when, index, answers, (id) => shownBefore.has(id))) continue;
    const next = raised(q, planned[e.q], e, planned);
    if (!next) continue;
    if (planned === answers) planned = { ...answers };
    planned[e.q] = next;
  }
  return planned;
}

/** The raised answer, or null when the current one is already as good. */
function raised(q: Question, current: Answer | undefined, e: Effect, answers: Answers): Answer | null {
  const at = (value: Answer['value']): Answer => ({ value, updatedAt: current?.updatedAt ?? 0 });
  if ('add' in e) {
    if (q.type !== 'multi' || !q.options?.some((o) => o.id === e.add)) return null;
    const now = current?.dontKnow ? [] : (chosenOptions(q, current) ?? []);
    if (now.includes(e.add)) return null;
    const exclusive = new Set(q.options.filter((o) => o.exclusive).map((o) => o.id));
    return at([...now.filter((id) => !exclusive.has(id)), e.add]);
  }
  if (q.type === 'percent' || q.type === 'number') {
    if (!('credit' in e)) return null;
    const bands = bandsFor(q, answers);
    const min = bands?.filter((b) => b.value >= e.credit).sort((a, b) => a.min - b.min)[0]?.min;
    if (min === undefined) return null;
    const v = current?.dontKnow ? null : numericValue(q, current);
    return v !== null && v >= min ? null : at(min);
  }
  const options = q.options ?? [];
  const target = 'to' in e ? options.find((o) => o.id === e.to) : [...options].filter((o) => (o.value ?? 0) >= e.credit).sort((a, b) => (a.value ?? 0) - (b.value ?? 0))[0];
  if (!target) return null;
  const chosen = current?.dontKnow ? null : chosenOptions(q, current);
  if (chosen) {
    // Scored: raise only to more credit. Profile (unscored): options are listed in their natural order.
    const better = q.weight > 0 || q.section !== 'profile' ? (target.value ?? 0) > creditOf(q, current) : options.indexOf(target) > options.findIndex((o) => o.id === chosen[0]);
    if (!better) return null;
  }
  return at(q.type === 'multi' ? [target.id] : target.id);
}
