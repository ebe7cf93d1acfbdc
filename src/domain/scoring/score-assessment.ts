import type { Answers } from '../assessment/assessment';
import type { Instrument } from '../instrument/instrument-schema';
import type { DimensionId } from '../instrument/predicate-schema';
import { answerStatus } from './answer-credit';
import { readAnswerSheet, scoreDimension, type AnswerSheet } from './dimension-profile';
import { indexInstrument } from './instrument-index';
import { placeOnLadder } from './ladder';
import { placeOnModelMap, scoreAxis } from './model-map';
import type { AxisScore, Completeness, DimensionScore, ScoreResult } from './result-types';
import { visibleQuestions } from './visibility';

/** Counts answered, "don't know" and open questions among those shown. */
export function measureCompleteness(instrument: Instrument, answers: Answers, visible: Set<string>, sheet?: AnswerSheet): Completeness {
  let answered = 0;
  let dontKnow = 0;
  const open: string[] = [];
  const questions = instrument.questions;
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    if (!visible.has(q.id)) continue;
    const s = sheet ? sheet.status[i] : answerStatus(q, answers[q.id]);
    if (s === 'answered') answered++;
    else {
      if (s === 'dontKnow') dontKnow++;
      open.push(q.id);
    }
  }
  const total = visible.size;
  const answeredShare = total ? answered / total : 0;
  return { total, answered, dontKnow, unanswered: total - answered - dontKnow, answeredShare, complete: answeredShare >= instrument.minAnsweredShare, open };
}

/** An axis plus what its open answers ("don't know", unanswered, shown) could still add at best. */
function axisUpper(axis: AxisScore): number {
  let open = 0;
  for (const c of axis.contributions) if (c.status === 'dontKnow' || c.status === 'unanswered') open += c.share * 100 - c.points;
  return Math.min(100, axis.value + open);
}

/**
 * Scores an assessment: dimension profile, model position, ladder rung with its gates, and
 * completeness, each figure with the answers behind it. Pure and deterministic; derived from
 * the answers only (nothing stored), so the same answers always give the same result.
 */
export function scoreAssessment(instrument: Instrument, answers: Answers): ScoreResult {
  const index = indexInstrument(instrument);
  const visible = visibleQuestions(index, answers);
  const sheet = readAnswerSheet(index, answers, visible);
  const profile = {} as Record<DimensionId, DimensionScore>;
  for (const d of index.dimensions) profile[d] = scoreDimension(index, d, answers, visible, sheet);
  const T = scoreAxis(index, 'T', instrument.axes.T, profile, answers, visible, sheet);
  const R = scoreAxis(index, 'R', instrument.axes.R, profile, answers, visible, sheet);
  const model = placeOnModelMap(T, R, instrument.strongAxis, instrument.balancedLean);
  const completeness = measureCompleteness(instrument, answers, visible, sheet);
  const dimensions: Partial<Record<DimensionId, number>> = {};
  for (const d of index.dimensions) dimensions[d] = profile[d].score;
  const ladder = placeOnLadder(
    { index, answers, visible, dimensions, axes: { T: T.value, R: R.value }, axesUpper: { T: axisUpper(T), R: axisUpper(R) }, sheet },
    !completeness.complete,
  );
  return { instrumentVersion: instrument.version, profile, model, ladder, completeness, visible: [...visible] };
}
