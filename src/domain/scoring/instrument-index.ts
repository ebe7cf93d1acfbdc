import type { Instrument, Question } from '../instrument/instrument-schema';
import { DIMENSIONS, questionsIn, type DimensionId, type SectionId } from '../instrument/vocabulary';

/** Lookups derived once per instrument object. */
export interface InstrumentIndex {
  instrument: Instrument;
  byId: Map<string, Question>;
  /** Questions of each section, in display order. */
  bySection: Map<SectionId, Question[]>;
  /** Questions hidden for reasons of profile only are "not applicable"; others hidden count as zero. */
  profileConditioned: Set<string>;
  dimensions: readonly DimensionId[];
  /** Position of each question in `instrument.questions`, for array-backed per-scoring tables. */
  position: Map<string, number>;
}

const cache = new WeakMap<Instrument, InstrumentIndex>();

/** Returns (and caches) the lookups for an instrument. */
export function indexInstrument(instrument: Instrument): InstrumentIndex {
  const hit = cache.get(instrument);
  if (hit) return hit;
  const byId = new Map(instrument.questions.map((q) => [q.id, q]));
  const bySection = new Map<SectionId, Question[]>();
  for (const q of [...instrument.questions].sort((a, b) => a.order - b.order)) {
    const list = bySection.get(q.section) ?? [];
    list.push(q);
    bySection.set(q.section, list);
  }
  const profileConditioned = new Set(
    instrument.questions
      .filter((q) => q.condition && questionsIn(q.condition).every((id) => byId.get(id)?.section === 'profile'))
      .map((q) => q.id),
  );
  const position = new Map(instrument.questions.map((q, i) => [q.id, i]));
  const index = { instrument, byId, bySection, profileConditioned, dimensions: DIMENSIONS, position };
  cache.set(instrument, index);
  return index;
}
