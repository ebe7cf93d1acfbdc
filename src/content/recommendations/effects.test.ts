import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { applyEffects } from '@/domain/planner/apply-effects';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { ARCHETYPES } from '../../../test/fixtures/archetypes';
import { advise } from './advise';
import { RULES } from './index';
import { SAMPLE_FIRMS } from './sample-firms';

const questions = new Map(instrument.questions.map((q) => [q.id, q]));

describe('what each action changes (the planner’s effects)', () => {
  it('name questions and options that exist, in the form each question takes', () => {
    const problems: string[] = [];
    for (const r of RULES) {
      for (const e of r.effect) {
        const q = questions.get(e.q);
        if (!q) {
          problems.push(`${r.id}: no question ${e.q}`);
          continue;
        }
        if ('to' in e && !q.options?.some((o) => o.id === e.to)) problems.push(`${r.id}: ${e.q} has no option ${e.to}`);
        if ('add' in e && (q.type !== 'multi' || !q.options?.some((o) => o.id === e.add))) problems.push(`${r.id}: cannot add ${e.add} to ${e.q}`);
        if ('credit' in e && (e.credit <= 0 || e.credit > 1)) problems.push(`${r.id}: credit ${e.credit}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('give every gap rule measured by answers an effect on one of them (a planned action changes something)', () => {
    const without = RULES.filter((r) => r.kind === 'gap' && 'questions' in r.gap && r.effect.length === 0).map((r) => r.id);
    // A regional public brand vouches for the firm's own name; no answer measures the label itself.
    expect(without).toEqual(['regional_public_brand']);
  });

  it('close or narrow the gap of the rule they belong to, for every firm it fires for', () => {
    const problems: string[] = [];
    for (const firm of [...SAMPLE_FIRMS, ...ARCHETYPES]) {
      const result = scoreAssessment(instrument, firm.answers);
      for (const rec of advise(result, firm.answers)) {
        if (rec.effect.length === 0 || rec.kind === 'deepen') continue;
        const planned = applyEffects(firm.answers, rec.effect, instrument);
        const after = advise(scoreAssessment(instrument, planned), planned).find((r) => r.id === rec.id);
        if (!after || after.gap < rec.gap) continue;
        // A gate's gap is all or nothing: the action must at least change what the gate reads (other gates may still hold it).
        const gateGap = 'gates' in (RULES.find((r) => r.id === rec.id)!.gap);
        if (gateGap && JSON.stringify(planned) !== JSON.stringify(firm.answers)) continue;
        problems.push(`${firm.id}: ${rec.id} gap ${rec.gap} → ${after.gap}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
