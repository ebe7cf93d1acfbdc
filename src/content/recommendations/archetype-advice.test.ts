import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { ARCHETYPES, EXPECTED_TOP_THREE } from '../../../test/fixtures/archetypes';
import { advise } from './advise';

describe('the three actions each archetype is told to take first (reasoned from the paper)', () => {
  it('has an expectation for every archetype that gets advice', () => {
    const advised = ARCHETYPES.filter((a) => advise(scoreAssessment(instrument, a.answers), a.answers).length > 0).map((a) => a.id);
    expect(advised.filter((id) => !EXPECTED_TOP_THREE[id])).toEqual([]);
  });

  for (const a of ARCHETYPES) {
    const expected = EXPECTED_TOP_THREE[a.id];
    if (!expected) continue;
    it(`${a.id}: ${expected.actions.join(', ')}`, () => {
      const recs = advise(scoreAssessment(instrument, a.answers), a.answers);
      expect(recs.slice(0, 3).map((r) => r.id).sort(), expected.why).toEqual([...expected.actions].sort());
    });
  }
});
