import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/assessment';
import { mergeIntoCohort, removeFromCohort, restoreToCohort } from './cohort-members';

const a = (id: string, updatedAt: number, name = ''): Assessment => ({ id, name, createdAt: 0, updatedAt, instrumentVersion: '1', answers: {} });

describe('cohort membership', () => {
  it('adds new firms with the next labels, in import order', () => {
    const r = mergeIntoCohort([], 0, [a('x', 1), a('y', 1)]);
    expect(r.members.map((m) => [m.assessment.id, m.seq])).toEqual([['x', 0], ['y', 1]]);
    expect(r).toMatchObject({ added: 2, updated: 0, unchanged: 0, nextSeq: 2 });
  });

  it('merges the same assessment to its newest copy and keeps its label', () => {
    const first = mergeIntoCohort([], 0, [a('x', 5, 'old'), a('y', 1)]);
    const again = mergeIntoCohort(first.members, first.nextSeq, [a('x', 9, 'new'), a('y', 1), a('x', 7, 'middle')]);
    expect(again).toMatchObject({ added: 0, updated: 1, unchanged: 2, nextSeq: 2 });
    expect(again.members.find((m) => m.assessment.id === 'x')).toMatchObject({ seq: 0, assessment: { name: 'new', updatedAt: 9 } });
  });

  it('keeps the newest of duplicates inside one import, whatever their order', () => {
    const r = mergeIntoCohort([], 0, [a('x', 3, 'older'), a('x', 8, 'newest'), a('x', 5, 'mid')]);
    expect(r.members).toHaveLength(1);
    expect(r.members[0]!.assessment.name).toBe('newest');
  });

  it('never reuses a removed firm’s label, and undo puts the firm back with its label', () => {
    const r = mergeIntoCohort([], 0, [a('x', 1), a('y', 1), a('z', 1)]);
    const removed = r.members[1]!;
    const without = removeFromCohort(r.members, 'y');
    expect(without.map((m) => m.seq)).toEqual([0, 2]);
    const more = mergeIntoCohort(without, r.nextSeq, [a('w', 1)]);
    expect(more.members.at(-1)!.seq).toBe(3);
    expect(restoreToCohort(without, removed).map((m) => m.assessment.id)).toEqual(['x', 'y', 'z']);
  });
});
