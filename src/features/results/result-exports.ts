import type { i18n as I18n } from 'i18next';
import { instrument } from '@/content/instrument';
import type { Answers, Assessment } from '@/domain/assessment/assessment';
import { changeOf } from '@/domain/planner/action-change';
import { roadmapTo, type Roadmap } from '@/domain/planner/roadmap';
import { buildAssessmentFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { assessmentExportName, assessmentFileName } from '@/domain/exchange/exchange-file-name';
import { toCsv } from '@/domain/export/csv';
import { DIMENSIONS } from '@/domain/instrument/vocabulary';
import type { Recommendation, RecommendTarget } from '@/domain/recommendations/recommendation-types';
import { answerStatus, creditOf } from '@/domain/scoring/answer-credit';
import { indexInstrument } from '@/domain/scoring/instrument-index';
import type { ScoreResult } from '@/domain/scoring/result-types';
import { downloadText } from '@/lib/download';
import { instrumentText } from '@/lib/i18n/instrument-text';
import { looseT } from '@/lib/i18n/loose-t';
import { changeLines, verificationText } from '@/lib/i18n/plan-text';

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The versioned JSON file that import reads back. */
export function exportAssessmentJson(assessment: Assessment): void {
  const now = Date.now();
  downloadText(assessmentFileName(assessment, now), serializeExchangeFile(buildAssessmentFile(assessment, now)));
}

/** Scores and every answer, one row each, in the current language (UTF-8 with BOM for Excel). */
export function answersCsv(i18n: I18n, assessment: Assessment, result: ScoreResult): string {
  const t = looseT(i18n, i18n.language, 'results');
  const ti = looseT(i18n, i18n.language, 'instrument');
  const text = instrumentText(i18n);
  const byId = indexInstrument(instrument).byId;
  const visible = new Set(result.visible);
  const rows: (string | number)[][] = [[t('csv.kind'), t('csv.id'), t('csv.label'), t('csv.value'), t('csv.status'), t('csv.credit'), t('csv.points')]];
  rows.push([t('csv.score'), 'rung', t('csv.rung'), ti(`rungs.${result.ladder.rung}.name`), result.ladder.provisional ? t('csv.provisional') : '', '', '']);
  rows.push([t('csv.score'), 'T', ti('axes.T.long'), round(result.model.T.value), '', '', '']);
  rows.push([t('csv.score'), 'R', ti('axes.R.long'), round(result.model.R.value), '', '', '']);
  rows.push([t('csv.score'), 'quadrant', t('model.quadrantHeader'), ti(`quadrants.${result.model.quadrant}.name`), '', '', '']);
  rows.push([t('csv.score'), 'completeness', t('csv.answeredShare'), round(result.completeness.answeredShare * 100), '', '', '']);
  for (const d of DIMENSIONS) rows.push([t('csv.score'), d, text.section(d), round(result.profile[d].score), '', '', '']);
  const points = new Map(DIMENSIONS.flatMap((d) => result.profile[d].contributions.map((c) => [c.questionId, c.points] as const)));
  for (const q of instrument.questions) {
    const a = assessment.answers[q.id];
    const shown = visible.has(q.id);
    const status = shown ? answerStatus(q, a) : 'hidden';
    const value = status === 'answered' && a?.value !== undefined ? text.answer(q.id, a.value) : '';
    rows.push([
      t('csv.answer'),
      q.id,
      text.question(q.id),
      value,
      t(`csv.statuses.${status}`),
      q.section === 'profile' || !shown ? '' : round(creditOf(byId.get(q.id)!, a), 2),
      q.section === 'profile' ? '' : round(points.get(q.id) ?? 0),
    ]);
    if (a?.note) rows.push([t('csv.note'), q.id, text.question(q.id), a.note, '', '', '']);
  }
  return toCsv(rows);
}

/** What the action-plan CSV needs beyond the list: today's result and answers (for what each action changes), and the roadmap when a target is set. */
export interface PlanContext {
  result: ScoreResult;
  answers: Answers;
  roadmap: Roadmap | null;
}

/**
 * The recommendations as an action plan, in the results page's order: rank, priority in words (and the
 * number, for sorting), type, horizon, actor, area, title, what it changes (re-scored), why, steps,
 * support to call and support already in use; with a target, a last row says whether the roadmap reaches it.
 */
export function actionPlanCsv(i18n: I18n, recommendations: Recommendation[], context: PlanContext): string {
  const t = looseT(i18n, i18n.language, 'results');
  const tr = looseT(i18n, i18n.language, 'recommendations');
  const text = instrumentText(i18n);
  const rows: (string | number)[][] = [
    [
      t('csv.rank'),
      t('csv.priority'),
      t('csv.priorityScore'),
      t('csv.type'),
      t('csv.horizon'),
      t('csv.actor'),
      t('csv.dimension'),
      t('csv.title'),
      t('csv.changes'),
      t('csv.why'),
      t('csv.steps'),
      t('csv.support'),
      t('csv.inUse'),
    ],
  ];
  const names = (ids: readonly string[]) => ids.map((s) => tr(`support.${s}.name`)).join('; ');
  for (const [i, r] of recommendations.entries()) {
    const change = changeOf(context.result, context.answers, r.effect, instrument);
    rows.push([
      i + 1,
      r.kind === 'deepen' ? t('recommendations.deepenBadge') : t(`recommendations.tiers.${r.tier}`),
      round(r.priority, 2),
      r.basis === 'unknown' ? `${t(`csv.kinds.${r.kind}`)} (${t('recommendations.findOutBadge')})` : t(`csv.kinds.${r.kind}`),
      t(`recommendations.horizons.${r.horizon}`),
      t(`recommendations.actors.${r.actor}`),
      text.section(r.dimension),
      tr(r.text.title),
      changeLines(i18n, r, change, text.section(r.dimension)).join('\n'),
      tr(r.text.why),
      r.text.steps.map((k, n) => `${n + 1}. ${tr(k)}`).join('\n'),
      names(r.support),
      names(r.supportInUse),
    ]);
  }
  const roadmap = context.roadmap;
  if (roadmap) {
    rows.push([]);
    rows.push([t('csv.verification'), verificationText(i18n, roadmap.target, roadmap.reached, roadmap.actions.length, roadmap.missing, text.question)]);
  }
  return toCsv(rows);
}

/** Writes the action-plan CSV; with a target, its roadmap is worked out (and verified) for the last row. */
export function downloadActionPlan(i18n: I18n, assessment: Assessment, result: ScoreResult, recommendations: Recommendation[], target: RecommendTarget): void {
  const roadmap = target.rung || target.model ? roadmapTo(target, assessment.answers, recommendations, instrument) : null;
  downloadCsv(csvFileName(assessment, 'action-plan'), actionPlanCsv(i18n, recommendations, { result, answers: assessment.answers, roadmap }));
}

/** File name for a CSV of this assessment, e.g. chuhai-Ningbo-Pumps-2026-11-28-action-plan.csv (chuhai-a3f9c2-… when unnamed). */
export function csvFileName(assessment: Assessment, suffix: string): string {
  return assessmentExportName(assessment, Date.now(), suffix, 'csv');
}

export function downloadCsv(name: string, csv: string): void {
  downloadText(name, csv, 'text/csv');
}
