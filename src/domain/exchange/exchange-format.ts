import * as z from 'zod/mini';
import { safeKeySchema } from '../assessment/assessment';
import { MODELS } from '../recommendations/rule-vocabulary';
import { MAX_SCENARIOS } from '../planner/merge-scenarios';

import { ASSESSMENT_FORMAT, BUNDLE_FORMAT, FORMAT_VERSION } from './format-ids';

export { ASSESSMENT_FORMAT, BUNDLE_FORMAT, FORMAT_VERSION };

/** What one import may hold. Files come from other people's devices: nothing in them is trusted. */
export const IMPORT_LIMITS = {
  /** Bytes of the file, checked before it is even read as text. */
  maxBytes: 5 * 1024 * 1024,
  /** Assessments in one bundle (a large workshop is about 60). */
  maxAssessments: 1000,
  /** Characters of a firm name; a longer one is shortened with a warning. */
  maxNameLength: 200,
  /** Characters of one answer's note; a longer one is shortened with a warning. */
  maxNoteLength: 10_000,
} as const;

/** Ids become part of in-app links and file names, so only a safe alphabet is accepted. */
export const ASSESSMENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** The largest time a JavaScript Date can hold (ms since epoch). */
const MAX_TIME = 8.64e15;
const timestamp = z.number().check(z.gte(0), z.lte(MAX_TIME));

/**
 * One answer as written in a file. Value types are checked here; whether a value is allowed
 * for its question (option offered, number in range) is checked against the instrument later.
 */
export const exchangeAnswerSchema = z.object({
  value: z.optional(z.union([z.string(), z.array(z.string()), z.number()])),
  dontKnow: z.optional(z.boolean()),
  note: z.optional(z.string()),
  updatedAt: timestamp,
});
export type ExchangeAnswer = z.infer<typeof exchangeAnswerSchema>;

const questionId = z.string().check(z.minLength(1), z.maxLength(200));
const upgradeItem = z.object({ questionId, from: questionId, previous: exchangeAnswerSchema });

/** What an upgrade of the questionnaire did to an assessment (see `UpgradeNote`), bounded like everything else. */
export const exchangeUpgradeSchema = z.object({
  from: z.string().check(z.maxLength(50)),
  to: z.string().check(z.maxLength(50)),
  at: timestamp,
  added: z.array(questionId).check(z.maxLength(500)),
  review: z.array(upgradeItem).check(z.maxLength(500)),
  check: z.array(upgradeItem).check(z.maxLength(500)),
  retired: z.record(safeKeySchema, exchangeAnswerSchema),
  done: z.array(questionId).check(z.maxLength(500)),
});

/** Ids of recommendation rules, as the rule schema allows them. */
const ruleId = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,99}$/));

/** A what-if plan beside an assessment (see `Scenario`), bounded. */
export const exchangeScenarioSchema = z.object({
  id: z.string().check(z.regex(ASSESSMENT_ID_PATTERN)),
  name: z.string().check(z.maxLength(200)),
  createdAt: timestamp,
  updatedAt: timestamp,
  actions: z.array(ruleId).check(z.maxLength(200)),
  answers: z.record(safeKeySchema, exchangeAnswerSchema),
  target: z.optional(z.object({ rung: z.optional(z.enum(['product', 'brand', 'integrated'])), model: z.optional(z.enum(MODELS)) })),
  removedAt: z.optional(timestamp),
});

/** One assessment as written in a file: the stored shape, with bounds on every field. */
export const exchangeAssessmentSchema = z.object({
  id: z.string().check(z.regex(ASSESSMENT_ID_PATTERN)),
  name: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  instrumentVersion: z.string().check(z.minLength(1), z.maxLength(50)),
  answers: z.record(safeKeySchema, exchangeAnswerSchema),
  step: z.optional(z.string().check(z.maxLength(100))),
  upgrades: z.optional(z.array(exchangeUpgradeSchema).check(z.maxLength(20))),
  scenarios: z.optional(z.array(exchangeScenarioSchema).check(z.maxLength(MAX_SCENARIOS))),
});
export type ExchangeAssessment = z.infer<typeof exchangeAssessmentSchema>;

const exportedAt = z.string().check(z.maxLength(64));

/** A file holding one assessment (what "Export JSON" writes). */
export const assessmentFileSchema = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  /** Questionnaire version the answers were given against (also inside the assessment). */
  instrumentVersion: z.string().check(z.maxLength(50)),
  exportedAt,
  assessment: exchangeAssessmentSchema,
});
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

/** A file holding many assessments (all of one device, or a workshop's collection). */
export const bundleFileSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  exportedAt,
  assessments: z.array(exchangeAssessmentSchema).check(z.maxLength(IMPORT_LIMITS.maxAssessments)),
});
export type BundleFile = z.infer<typeof bundleFileSchema>;

export type ExchangeFile = AssessmentFile | BundleFile;
