import { describe, expect, it } from 'vitest';
import type { Assessment, Scenario } from '../assessment/assessment';
import { mergeAssessment } from '../assessment/merge-assessments';
import { liveScenarios, mergeScenarios } from './merge-scenarios';

const s = (id: string, updatedAt: number, over: Partial<Scenario> = {}): Scenario => ({ id, name: id, createdAt: 1, updatedAt, actions: [], answers: {}, ...over });
const a = (scenarios?: Scenario[], updatedAt = 10): Assessment => ({ id: 'a', name: '', createdAt: 1, updatedAt, instrumentVersion: 'x', answers: {}, ...(scenarios ? { scenarios } : {}) });

describe('merging scenarios from two windows', () => {
  it('keeps each window’s new scenarios and, per scenario, the later change', () => {
    const merged = mergeScenarios([s('one', 5, { actions: ['a'] }), s('two', 3)], [s('one', 7, { actions: ['b'] }), s('three', 4)]);
    expect(merged!.map((x) => [x.id, x.actions])).toEqual([
      ['one', ['b']],
      ['two', []],
      ['three', []],
    ]);
  });

  it('lets a removal made later win, and an edit made after a removal bring nothing back wrongly', () => {
    expect(liveScenarios(mergeScenarios([s('one', 5)], [s('one', 5, { removedAt: 6 })]))).toEqual([]);
    expect(liveScenarios(mergeScenarios([s('one', 9)], [s('one', 5, { removedAt: 6 })])).map((x) => x.id)).toEqual(['one']);
  });

  it('carries scenarios through an assessment merge, whichever copy is newer', () => {
    expect(mergeAssessment(a([s('mine', 5)], 20), a([s('theirs', 6)], 10)).scenarios!.map((x) => x.id)).toEqual(['mine', 'theirs']);
    expect(mergeAssessment(a(undefined, 20), a([s('theirs', 6)], 10)).scenarios!.map((x) => x.id)).toEqual(['theirs']);
    expect(mergeAssessment(a(undefined), a(undefined)).scenarios).toBeUndefined();
  });
});
