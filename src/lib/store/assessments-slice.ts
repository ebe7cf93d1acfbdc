import type { StateCreator } from 'zustand';
import type { Answer, Assessment } from '@/domain/assessment/assessment';
import { createAssessment, randomId } from '@/domain/assessment/new-assessment';
import { INSTRUMENT_VERSION } from '@/content/version';
import type { AppState } from './app-store';
import { editTime } from './clock';

export interface AssessmentsSlice {
  assessments: Record<string, Assessment>;
  /** Tombstones: id → time of deletion, so another tab's copy does not bring it back. */
  deleted: Record<string, number>;
  currentId: string | null;
  /** Creates an empty assessment, makes it current and returns its id. */
  createAssessment: (name?: string) => string;
  /** Adds (or replaces) a whole assessment, e.g. from an imported file or an undo. */
  putAssessment: (assessment: Assessment) => void;
  setCurrent: (id: string | null) => void;
  /** Merges a change into one answer; the answer's time stamp is renewed (always after the one it replaces). */
  setAnswer: (id: string, questionId: string, patch: Partial<Omit<Answer, 'updatedAt'>>) => void;
  setStep: (id: string, step: string) => void;
  rename: (id: string, name: string) => void;
  /** The user keeps an answer carried into a changed question: its upgrade item is settled. */
  keepCarriedAnswer: (id: string, questionId: string) => void;
  /** Copies an assessment under a new id and returns that id. */
  duplicate: (id: string, copyName: string) => string | null;
  /** Deletes and returns the deleted copy so the caller can offer an undo. */
  remove: (id: string) => Assessment | null;
}

const now = () => Date.now();

export const createAssessmentsSlice: StateCreator<AppState, [], [], AssessmentsSlice> = (set, get) => ({
  assessments: {},
  deleted: {},
  currentId: null,

  createAssessment: (name = '') => {
    const a = createAssessment(INSTRUMENT_VERSION, now(), randomId(), name);
    set((s) => ({ assessments: { ...s.assessments, [a.id]: a }, currentId: a.id }));
    return a.id;
  },

  putAssessment: (assessment) => {
    const t = Math.max(now(), assessment.updatedAt);
    set((s) => {
      const deleted = { ...s.deleted };
      delete deleted[assessment.id];
      return { assessments: { ...s.assessments, [assessment.id]: { ...assessment, updatedAt: t } }, deleted };
    });
  },

  setCurrent: (id) => set({ currentId: id }),

  setAnswer: (id, questionId, patch) => {
    const a = get().assessments[id];
    if (!a) return;
    const old = a.answers[questionId];
    const t = editTime(now(), old?.updatedAt);
    const answer: Answer = { ...(old ?? {}), ...patch, updatedAt: t };
    set((s) => ({
      assessments: { ...s.assessments, [id]: { ...a, updatedAt: Math.max(t, editTime(now(), a.updatedAt)), answers: { ...a.answers, [questionId]: answer } } },
    }));
  },

  setStep: (id, step) => {
    const a = get().assessments[id];
    if (!a || a.step === step) return;
    set((s) => ({ assessments: { ...s.assessments, [id]: { ...a, step, updatedAt: editTime(now(), a.updatedAt) } } }));
  },

  rename: (id, name) => {
    const a = get().assessments[id];
    if (!a) return;
    set((s) => ({ assessments: { ...s.assessments, [id]: { ...a, name, updatedAt: editTime(now(), a.updatedAt) } } }));
  },

  keepCarriedAnswer: (id, questionId) => {
    const a = get().assessments[id];
    const notes = a?.upgrades;
    if (!a || !notes) return;
    const at = notes.findLastIndex((n) => n.check.some((c) => c.questionId === questionId) || n.review.some((r) => r.questionId === questionId));
    if (at < 0 || notes[at]!.done.includes(questionId)) return;
    const upgrades = notes.map((n, i) => (i === at ? { ...n, done: [...n.done, questionId] } : n));
    set((s) => ({ assessments: { ...s.assessments, [id]: { ...a, upgrades, updatedAt: editTime(now(), a.updatedAt) } } }));
  },

  duplicate: (id, copyName) => {
    const a = get().assessments[id];
    if (!a) return null;
    const t = now();
    const copy: Assessment = { ...a, id: randomId(), name: copyName, createdAt: t, updatedAt: t };
    set((s) => ({ assessments: { ...s.assessments, [copy.id]: copy } }));
    return copy.id;
  },

  remove: (id) => {
    const a = get().assessments[id];
    if (!a) return null;
    set((s) => {
      const assessments = { ...s.assessments };
      delete assessments[id];
      return {
        assessments,
        // After the assessment's last change, or a stored copy dated in the future would bring it back.
        deleted: { ...s.deleted, [id]: editTime(now(), a.updatedAt) },
        currentId: s.currentId === id ? null : s.currentId,
      };
    });
    return a;
  },
});
