import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { advise } from '@/content/recommendations/advise';
import { RULES } from '@/content/recommendations';
import { ARCHETYPES } from '../../../test/fixtures/archetypes';
import { answersFromValues } from '../assessment/answers-from-values';
import { scoreAssessment } from '../scoring/score-assessment';
import { applyEffects } from './apply-effects';
import { changeOf } from './action-change';
import { roadmapTo } from './roadmap';
import { planScenario } from './scenario';

const oem = ARCHETYPES.find((a) => a.id === 'oem_exporter_70')!.answers;
const oemResult = scoreAssessment(instrument, oem);

describe('what one action changes', () => {
  it('names the gate of the next rung it opens, and the rung it reaches when it is the last one missing', () => {
    const recs = advise(oemResult, oem);
    const brand = recs.find((r) => r.id === 'own_brand_share')!;
    expect(changeOf(oemResult, oem, brand.effect, instrument)).toMatchObject({ opens: [{ id: 'own_brand_share', rung: 'brand' }], rung: null });
    // With the other two brand gates open already, the brand-share action reaches brand export.
    const almost = applyEffects(oem, recs.filter((r) => r.id === 'own_channels' || r.id === 'localised_marketing').flatMap((r) => r.effect), instrument);
    expect(changeOf(scoreAssessment(instrument, almost), almost, brand.effect, instrument).rung).toBe('brand');
  });

  it('gives the points an action adds to an axis', () => {
    const core = advise(oemResult, oem).find((r) => r.id === 'own_core_technology')!;
    const change = changeOf(oemResult, oem, core.effect, instrument);
    expect(change.T).toBeGreaterThan(0);
    expect(change.R).toBe(0);
  });
});

describe('verified roadmaps', () => {
  it('reaches brand export for the OEM exporter with its three brand actions, and nothing else', () => {
    const target = { rung: 'brand' as const };
    const roadmap = roadmapTo(target, oem, advise(oemResult, oem, target), instrument);
    expect(roadmap.reached).toBe(true);
    expect([...roadmap.actions].sort()).toEqual(['localised_marketing', 'own_brand_share', 'own_channels']);
    expect(roadmap.result.ladder.rung).toBe('brand');
  });

  it('says what is still missing when the advised actions do not reach the target', () => {
    const target = { model: 'rule_export' as const };
    const roadmap = roadmapTo(target, oem, advise(oemResult, oem, target), instrument);
    expect(roadmap.reached).toBe(false);
    expect(roadmap.missing.axis).toMatchObject({ axis: 'T', needed: instrument.strongAxis });
    expect(roadmap.missing.axis!.value).toBeLessThan(instrument.strongAxis);
    // The answers with most points left on the axis, e.g. licensing technology out or leading a standard.
    expect(roadmap.missing.axis!.headroom.length).toBeGreaterThan(0);
    expect(roadmap.missing.axis!.headroom.every((h) => h.points > 0)).toBe(true);
  });

  it('names the failing gates of a rung out of reach for a firm that does not export every year', () => {
    const pre = ARCHETYPES.find((a) => a.id === 'pre_export')!.answers;
    const result = scoreAssessment(instrument, pre);
    const roadmap = roadmapTo({ rung: 'brand' }, pre, advise(result, pre, { rung: 'brand' }), instrument);
    expect(roadmap.reached).toBe(false);
    expect(roadmap.missing.gates).toEqual(expect.arrayContaining(['own_brand_share', 'own_channels']));
  });
});

describe('scenarios', () => {
  it('re-scores the answers changed by hand with the chosen actions, leaving the assessment as it was', () => {
    const before = structuredClone(oem);
    const planned = planScenario(oem, { actions: ['own_channels'], answers: answersFromValues({ 'brand.own_share': 80 }) }, RULES, instrument);
    expect(oem).toEqual(before);
    expect(planned.answers['brand.own_share']?.value).toBe(80);
    expect(planned.result.ladder.gates.find((g) => g.id === 'own_brand_share')?.passed).toBe(true);
    expect(planned.result.ladder.gates.find((g) => g.id === 'own_channels')?.passed).toBe(true);
  });
});
