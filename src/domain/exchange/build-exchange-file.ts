import type { Answer, Answers, Assessment, Scenario } from '../assessment/assessment';
import { ASSESSMENT_FORMAT, BUNDLE_FORMAT, FORMAT_VERSION, type AssessmentFile, type BundleFile } from './exchange-format';

/** A fresh copy of a scenario with only its known fields; changed answers keep value and "don't know", not notes. */
function copyScenario(s: Scenario): Scenario {
  const answers: Answers = {};
  for (const [qid, ans] of Object.entries(s.answers)) {
    const copy: Answer = { updatedAt: ans.updatedAt };
    if (ans.value !== undefined) copy.value = Array.isArray(ans.value) ? [...ans.value] : ans.value;
    if (ans.dontKnow !== undefined) copy.dontKnow = ans.dontKnow;
    answers[qid] = copy;
  }
  const out: Scenario = { id: s.id, name: s.name, createdAt: s.createdAt, updatedAt: s.updatedAt, actions: [...s.actions], answers };
  if (s.target) {
    out.target = {};
    if (s.target.rung) out.target.rung = s.target.rung;
    if (s.target.model) out.target.model = s.target.model;
  }
  return out;
}

/** A copy holding only the fields of the format, in a stable order (no extra state leaks into files). */
export function copyAssessment(a: Assessment): Assessment {
  const answers: Answers = {};
  for (const [qid, ans] of Object.entries(a.answers)) {
    const copy: Answer = { updatedAt: ans.updatedAt };
    if (ans.value !== undefined) copy.value = Array.isArray(ans.value) ? [...ans.value] : ans.value;
    if (ans.dontKnow !== undefined) copy.dontKnow = ans.dontKnow;
    if (ans.note !== undefined) copy.note = ans.note;
    answers[qid] = copy;
  }
  const out: Assessment = {
    id: a.id,
    name: a.name,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    instrumentVersion: a.instrumentVersion,
    answers,
  };
  if (a.step !== undefined) out.step = a.step;
  if (a.upgrades !== undefined) out.upgrades = structuredClone(a.upgrades);
  // Removed scenarios are tombstones for merging between windows; a file carries only the live ones.
  const scenarios = a.scenarios?.filter((s) => s.removedAt === undefined);
  if (scenarios?.length) out.scenarios = scenarios.map(copyScenario);
  return out;
}

// toISOString throws on an invalid time; a builder must never throw, so fall back to the epoch.
const isoTime = (ms: number) => new Date(Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? ms : 0).toISOString();

/** The file "Export JSON" writes for one assessment. */
export function buildAssessmentFile(assessment: Assessment, exportedAt: number): AssessmentFile {
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: FORMAT_VERSION,
    instrumentVersion: assessment.instrumentVersion,
    exportedAt: isoTime(exportedAt),
    assessment: copyAssessment(assessment),
  };
}

/** One file holding many assessments (a device's whole list, or a workshop's collection). */
export function buildBundleFile(assessments: readonly Assessment[], exportedAt: number): BundleFile {
  return {
    format: BUNDLE_FORMAT,
    formatVersion: FORMAT_VERSION,
    exportedAt: isoTime(exportedAt),
    assessments: assessments.map(copyAssessment),
  };
}

/** The text of an export file: indented JSON (people open these files to see what they hold), ending with a newline. */
export function serializeExchangeFile(file: AssessmentFile | BundleFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
