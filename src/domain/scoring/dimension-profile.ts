import type { Answers } from '../assessment/assessment';
import type { DimensionId } from '../instrument/predicate-schema';
import { answeredCredit, answerStatus, type AnswerStatus } from './answer-credit';
import type { Question } from '../instrument/instrument-schema';
import type { InstrumentIndex } from './instrument-index';
import type { Contribution, DimensionScore } from './result-types';

/**
 * Status and credit of every question, computed once per scoring and shared by every figure;
 * arrays by question position (see InstrumentIndex.position), hidden questions marked 'hidden'.
 */
export interface AnswerSheet {
  status: (AnswerStatus | 'hidden')[];
  credit: number[];
}

/** Builds the answer sheet for the visible questions. */
export function readAnswerSheet(index: InstrumentIndex, answers: Answers, visible: Set<string>): AnswerSheet {
  const questions = index.instrument.questions;
  const status: AnswerSheet['status'] = new Array(questions.length);
  const credit: number[] = new Array(questions.length);
  for (let i = 0; i < questions.length; i++) {
    const q = questions[i]!;
    if (!visible.has(q.id)) {
      status[i] = 'hidden';
      credit[i] = 0;
      continue;
    }
    const a = answers[q.id];
    const st = answerStatus(q, a);
    status[i] = st;
    credit[i] = st === 'answered' ? answeredCredit(q, a!, answers) : 0;
  }
  return { status, credit };
}

/**
 * Scores one dimension 0–100: Σ weight × credit over its applicable questions, divided by their
 * total weight. A question hidden because of the firm profile (e.g. CBAM data for a firm that
 * exports no CBAM goods) is not applicable; so is a follow-up hidden with its parent's answer
 * (which areas written compliance rules cover, when there are none): its weight goes to that parent,
 * never a zero. A question hidden because a capability is missing (no plant abroad → no plant
 * managers) counts as zero.
 */
export function scoreDimension(
  index: InstrumentIndex,
  dimension: DimensionId,
  answers: Answers,
  visible: Set<string>,
  sheet: AnswerSheet = readAnswerSheet(index, answers, visible),
): DimensionScore {
  const all = index.bySection.get(dimension) ?? [];
  // Most sections have every question shown: then each keeps its own weight, with no table to build.
  let allShown = true;
  for (const q of all) if (!visible.has(q.id)) allShown = false;
  const weights = allShown ? null : applicableWeights(index, all, visible);
  let totalWeight = 0;
  if (weights) for (const w of weights.values()) totalWeight += w;
  else for (const q of all) totalWeight += q.weight;
  const contributions: Contribution[] = [];
  let score = 0;
  for (const q of all) {
    const weight = weights ? weights.get(q.id) : q.weight;
    if (weight === undefined) continue;
    const share = totalWeight > 0 ? weight / totalWeight : 0;
    const at = index.position.get(q.id)!;
    const credit = sheet.credit[at] ?? 0;
    const points = credit * share * 100;
    score += points;
    contributions.push({ questionId: q.id, status: sheet.status[at] ?? 'hidden', credit, share, points });
  }
  return { dimension, score: clamp(score), contributions };
}

/** The weight each applicable question of a section carries for these answers (not applicable: absent). */
function applicableWeights(index: InstrumentIndex, questions: readonly Question[], visible: Set<string>): Map<string, number> {
  const weights = new Map<string, number>();
  for (const q of questions) {
    if (visible.has(q.id)) weights.set(q.id, q.weight);
    else if (!index.profileConditioned.has(q.id) && !q.followUpOf) weights.set(q.id, q.weight);
  }
  for (const q of questions) {
    if (visible.has(q.id) || !q.followUpOf) continue;
    const parent = weights.get(q.followUpOf);
    if (parent !== undefined) weights.set(q.followUpOf, parent + q.weight);
  }
  return weights;
}

/** Keeps floating-point sums inside 0–100. */
export function clamp(x: number, lo = 0, hi = 100): number {
  return Math.min(hi, Math.max(lo, x));
}
