import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import type { Answers } from '../assessment/assessment';
import { belowLadder } from './below-ladder';
import { scoreAssessment } from './score-assessment';

const at = 1;
const standing = (answers: Answers) => belowLadder(answers, scoreAssessment(instrument, answers).ladder);

describe('standing below the first rung', () => {
  it('tells a firm with some export but not every year that it sells abroad, not yet regularly, with its share', () => {
    const answers: Answers = {
      'profile.export_status': { value: 'occasional', updatedAt: at },
      'profile.overseas_share': { value: 15, updatedAt: at },
    };
    expect(scoreAssessment(instrument, answers).ladder.rung, 'not on the first rung: exports are not regular').toBe('none');
    expect(standing(answers)).toEqual({ kind: 'occasional', overseasShare: 15 });
    expect(standing({ 'profile.export_status': { value: 'occasional', updatedAt: at } })).toEqual({ kind: 'occasional', overseasShare: null });
  });

  it('keeps "no sales abroad" for a firm that says so, and "not known" for no answer or "don’t know"', () => {
    expect(standing({ 'profile.export_status': { value: 'none', updatedAt: at } })?.kind).toBe('none');
    expect(standing({})?.kind).toBe('unknown');
    expect(standing({ 'profile.export_status': { dontKnow: true, updatedAt: at } })?.kind).toBe('unknown');
  });

  it('says nothing for a firm on the ladder', () => {
    expect(standing({ 'profile.export_status': { value: 'regular', updatedAt: at } })).toBeNull();
  });
});
