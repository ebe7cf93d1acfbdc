import type { Answers } from '@/domain/assessment/assessment';
import { SECTIONS, type SectionId } from '@/domain/instrument/vocabulary';
import { answerStatus, type AnswerStatus } from '@/domain/scoring/answer-credit';
import { indexInstrument } from '@/domain/scoring/instrument-index';
import { measureCompleteness } from '@/domain/scoring/score-assessment';
import type { Completeness } from '@/domain/scoring/result-types';
import { visibleQuestions } from '@/domain/scoring/visibility';
import { instrument } from '@/content/instrument/index';
import type { AppState } from '@/lib/store/app-store';

export const questionIndex = indexInstrument(instrument);

/** One section's standing: how many of its shown questions are answered, and which are still open. */
export interface SectionStats {
  /** Ids of the section's shown questions, in display order. */
  visible: string[];
  /** The same ids joined: a primitive that selectors can compare cheaply. */
  visibleKey: string;
  answered: number;
  open: { id: string; status: Exclude<AnswerStatus, 'answered'> }[];
}

export interface AnswerStats {
  visible: Set<string>;
  completeness: Completeness;
  sections: Record<SectionId, SectionStats>;
  /** "answered/shown" per section in SECTIONS order, space-separated: a primitive for the step list. */
  tallies: string;
}

const EMPTY: Answers = {};
// The store replaces the answers object on every change, so each object is computed once
// however many components (step, progress, step list, review) ask for it.
const cache = new WeakMap<Answers, AnswerStats>();

/** Visibility (skip logic) and completeness for one set of answers, memoised per answers object. */
export function statsOf(answers: Answers = EMPTY): AnswerStats {
  const hit = cache.get(answers);
  if (hit) return hit;
  const visible = visibleQuestions(questionIndex, answers);
  const completeness = measureCompleteness(instrument, answers, visible);
  const sections = {} as Record<SectionId, SectionStats>;
  for (const [section, questions] of questionIndex.bySection) {
    const shown = questions.filter((q) => visible.has(q.id));
    const open: SectionStats['open'] = [];
    let answered = 0;
    for (const q of shown) {
      const status = answerStatus(q, answers[q.id]);
      if (status === 'answered') answered++;
      else open.push({ id: q.id, status });
    }
    const ids = shown.map((q) => q.id);
    sections[section] = { visible: ids, visibleKey: ids.join(' '), answered, open };
  }
  const tallies = SECTIONS.map((x) => `${sections[x].answered}/${sections[x].visible.length}`).join(' ');
  const stats = { visible, completeness, sections, tallies };
  cache.set(answers, stats);
  return stats;
}

/** The answers of an assessment in a store state (a shared empty object when there is none). */
export function answersIn(state: AppState, id: string): Answers {
  return state.assessments[id]?.answers ?? EMPTY;
}
