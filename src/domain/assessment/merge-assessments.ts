import { mergeScenarios } from '../planner/merge-scenarios';
import type { Answers, Assessment } from './assessment';

/** Assessments keyed by id plus tombstones (id → deletion time) so a deletion survives a merge. */
export interface AssessmentCollection {
  assessments: Record<string, Assessment>;
  deleted: Record<string, number>;
}

/**
 * Merges two copies of the same collection (two tabs, or memory and storage) so that
 * neither side's newer work is lost: per answer the later `updatedAt` wins, an assessment
 * deleted after its last change stays deleted, and name/step follow the newer copy.
 */
export function mergeCollections(a: AssessmentCollection, b: AssessmentCollection): AssessmentCollection {
  const deleted: Record<string, number> = { ...a.deleted };
  for (const [id, at] of Object.entries(b.deleted)) deleted[id] = Math.max(deleted[id] ?? 0, at);

  const assessments: Record<string, Assessment> = {};
  const ids = new Set([...Object.keys(a.assessments), ...Object.keys(b.assessments)]);
  for (const id of ids) {
    const x = a.assessments[id];
    const y = b.assessments[id];
    const merged = x && y ? mergeAssessment(x, y) : (x ?? y)!;
    const deletedAt = deleted[id];
    if (deletedAt !== undefined && deletedAt >= merged.updatedAt) continue;
    assessments[id] = merged;
  }
  return { assessments, deleted };
}

/** Merges two copies of one assessment answer by answer. */
export function mergeAssessment(x: Assessment, y: Assessment): Assessment {
  const newer = y.updatedAt > x.updatedAt ? y : x;
  const answers: Answers = { ...x.answers };
  for (const [qid, ans] of Object.entries(y.answers)) {
    const mine = answers[qid];
    if (!mine || ans.updatedAt > mine.updatedAt) answers[qid] = ans;
  }
  const merged: Assessment = {
    ...newer,
    createdAt: Math.min(x.createdAt, y.createdAt),
    updatedAt: Math.max(x.updatedAt, y.updatedAt),
    answers,
  };
  // Scenarios carry their own times: one window's new plan never hides the other's.
  const scenarios = mergeScenarios(x.scenarios, y.scenarios);
  if (scenarios) merged.scenarios = scenarios;
  return merged;
}
