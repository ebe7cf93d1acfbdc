import * as z from 'zod/mini';
import { MODELS } from '../recommendations/rule-vocabulary';

/**
 * What a user gave for one question. `value` is an option id (single choice, yes/no),
 * a list of option ids (multiple choice) or a number (percentage, number with unit).
 * "Don't know" is explicit so that it can be counted apart from "not answered yet".
 */
export const answerSchema = z.object({
  value: z.optional(z.union([z.string(), z.array(z.string()), z.number()])),
  dontKnow: z.optional(z.boolean()),
  note: z.optional(z.string()),
  /** Milliseconds since epoch; lets two tabs merge without losing the newer answer. */
  updatedAt: z.number(),
});
export type Answer = z.infer<typeof answerSchema>;

/** Keys that would reach Object.prototype if ever assigned with `obj[key] = ...`. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const safeKeySchema = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.refine((k) => !FORBIDDEN_KEYS.has(k)),
);

export const answersSchema = z.record(safeKeySchema, answerSchema);
export type Answers = z.infer<typeof answersSchema>;

/** One question touched by an upgrade of the questionnaire, with the earlier answer verbatim. */
export const upgradeItemSchema = z.object({
  /** The question in the new version. */
  questionId: z.string(),
  /** The question the answer was given to in the earlier version. */
  from: z.string(),
  previous: answerSchema,
});
export type UpgradeItem = z.infer<typeof upgradeItemSchema>;

/**
 * What moving an assessment to a newer questionnaire did to it (see `upgradeAssessment`): questions
 * that are new, answers that could not be carried over (answer again) or were carried into changed
 * questions (check them), and answers to questions no longer asked, kept verbatim. Nothing is dropped.
 */
export const upgradeNoteSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** When the upgrade ran; an answer saved after it settles its item. */
  at: z.number(),
  added: z.array(z.string()),
  review: z.array(upgradeItemSchema),
  check: z.array(upgradeItemSchema),
  retired: z.record(safeKeySchema, answerSchema),
  /** Questions the user has looked at and kept as they are. */
  done: z.array(z.string()),
});
export type UpgradeNote = z.infer<typeof upgradeNoteSchema>;

/** The target a scenario plans towards: a rung, a model, or both. */
export const scenarioTargetSchema = z.object({
  rung: z.optional(z.enum(['product', 'brand', 'integrated'])),
  model: z.optional(z.enum(MODELS)),
});
export type ScenarioTarget = z.infer<typeof scenarioTargetSchema>;

/**
 * A what-if plan kept beside an assessment (the planner): actions the firm means to take and answers
 * it changed to see what they would do. The assessment's own answers are never touched by it. A
 * removed scenario stays as a tombstone (`removedAt`) so another window's copy does not bring it back.
 */
export const scenarioSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Ids of the recommendations planned, in the order chosen. */
  actions: z.array(safeKeySchema),
  /** Answers changed by hand, on top of the assessment's. */
  answers: answersSchema,
  target: z.optional(scenarioTargetSchema),
  removedAt: z.optional(z.number()),
});
export type Scenario = z.infer<typeof scenarioSchema>;

export const assessmentSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Optional firm name; empty means "anonymous" (workshops). */
  name: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Version of the instrument the answers were given against. */
  instrumentVersion: z.string(),
  answers: answersSchema,
  /** Last questionnaire step the user was on, so a reload resumes there. */
  step: z.optional(z.string()),
  /** Upgrades of the questionnaire this assessment went through, oldest first. */
  upgrades: z.optional(z.array(upgradeNoteSchema)),
  /** What-if plans kept beside the answers (the planner); never part of the answers. */
  scenarios: z.optional(z.array(scenarioSchema)),
});
export type Assessment = z.infer<typeof assessmentSchema>;
