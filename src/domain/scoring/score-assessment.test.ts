import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { REFERENCE_FIRMS } from '@/content/reference-firms';
import { answersFromValues, DONT_KNOW } from '../assessment/answers-from-values';
import { ARCHETYPES } from '../../../test/fixtures/archetypes';
import { creditOf } from './answer-credit';
import { indexInstrument } from './instrument-index';
import { scoreAssessment } from './score-assessment';

const q = (id: string) => indexInstrument(instrument).byId.get(id)!;
const score = (values: Parameters<typeof answersFromValues>[0]) => scoreAssessment(instrument, answersFromValues(values));

describe('partial credit of one answer', () => {
  it('reads R&D intensity against the High-tech Enterprise bands 3/4/5%', () => {
    const credit = (v: number) => creditOf(q('rd.intensity'), { value: v, updatedAt: 0 });
    expect([0, 0.9, 1, 2.9, 3, 4.2, 5, 12].map(credit)).toEqual([0, 0, 0.25, 0.25, 0.5, 0.75, 1, 1]);
  });

  it('gives no credit to a value out of range, of the wrong type, or "don’t know"', () => {
    const intensity = q('rd.intensity');
    expect(creditOf(intensity, { value: 150, updatedAt: 0 })).toBe(0);
    expect(creditOf(intensity, { value: -3, updatedAt: 0 })).toBe(0);
    expect(creditOf(intensity, { value: 'lots', updatedAt: 0 })).toBe(0);
    expect(creditOf(q('rd.patents_abroad'), { value: 'granted_many', dontKnow: true, updatedAt: 0 })).toBe(0);
    expect(creditOf(q('rd.patents_abroad'), { value: 'no_such_option', updatedAt: 0 })).toBe(0);
  });

  it('adds up multiple choices and caps them at full credit', () => {
    expect(creditOf(q('std.certifications'), { value: ['ce', 'iso9001', 'iso14001'], updatedAt: 0 })).toBeCloseTo(0.6);
    expect(creditOf(q('brand.channels'), { value: ['own_subsidiary', 'ecommerce_store', 'overseas_warehouse', 'brand_distributors'], updatedAt: 0 })).toBe(1);
    expect(creditOf(q('brand.channels'), { value: ['none'], updatedAt: 0 })).toBe(0);
  });
});

describe('dimension profile', () => {
  it('is the weighted share of credit: 5% R&D, patents filed, own core technology = 25 + 5 + 20 = 50', () => {
    const r = score({ 'rd.intensity': 5, 'rd.patents_abroad': 'filed', 'rd.core_tech': 'own_core', 'rd.overseas_rd': 'none', 'rd.licensing_out': 'none' });
    expect(r.profile.rd.score).toBeCloseTo(50, 9);
    const points = Object.fromEntries(r.profile.rd.contributions.map((c) => [c.questionId, c.points]));
    expect(points['rd.intensity']).toBeCloseTo(25);
    expect(points['rd.patents_abroad']).toBeCloseTo(5);
    expect(points['rd.core_tech']).toBeCloseTo(20);
  });

  it('leaves out a question that does not apply to the firm profile (CBAM data for a firm with no CBAM goods)', () => {
    const r = score({ 'profile.cbam_goods': 'no', 'comp.programme': 'system' });
    // 0.2 of the 0.85 weight that applies.
    expect(r.profile.compliance.score).toBeCloseTo((0.2 / 0.85) * 100, 9);
    const withCbam = score({ 'profile.cbam_goods': 'yes', 'comp.programme': 'system' });
    expect(withCbam.profile.compliance.score).toBeCloseTo(20, 9);
  });

  it('counts a follow-up hidden for lack of a capability as zero, and ignores the answer kept under it', () => {
    const base = { 'loc.production': 'none', 'loc.service': 'partners', 'brand.channels': ['none'] };
    const hidden = score({ ...base, 'loc.local_managers': 'most', 'loc.community': 'regular' });
    expect(hidden.profile.localisation.score).toBeCloseTo(0.25 * 20, 9);
    expect(hidden.visible).not.toContain('loc.local_managers');
    const shown = score({ ...base, 'loc.production': 'full', 'loc.local_managers': 'most', 'loc.community': 'regular' });
    expect(shown.profile.localisation.score).toBeCloseTo(25 + 5 + 15 + 15, 9);
  });
});

describe('model map', () => {
  it('computes T from R&D, standards and licensing, R from capital, supply and upstream control', () => {
    const r = score({ 'rd.intensity': 5, 'rd.patents_abroad': 'filed', 'rd.core_tech': 'own_core', 'rd.licensing_out': 'none', 'sup.upstream': 'own' });
    expect(r.model.T.value).toBeCloseTo(0.4 * 50, 9);
    expect(r.model.R.value).toBeCloseTo(0.3 * 25 + 0.2 * 100, 9);
    expect(r.model.lean).toBeCloseTo((r.model.T.value - r.model.R.value) / 100, 9);
    expect(r.model.convergence).toBeCloseTo(Math.min(r.model.T.value, r.model.R.value), 9);
    const upstream = r.model.R.contributions.find((c) => c.questionId === 'sup.upstream')!;
    // Through the supply dimension (0.3 × 25) and on its own (0.2 × 100).
    expect(upstream.points).toBeCloseTo(0.3 * 25 + 20, 9);
  });
});

describe('completeness', () => {
  it('counts answered, "don’t know" and unanswered among the questions shown', () => {
    const r = score({ 'profile.export_status': 'regular', 'rd.intensity': 4, 'rd.core_tech': DONT_KNOW });
    const { total, answered, dontKnow, unanswered } = r.completeness;
    expect(answered).toBe(2);
    expect(dontKnow).toBe(1);
    expect(answered + dontKnow + unanswered).toBe(total);
    expect(total).toBe(r.visible.length);
    expect(r.completeness.open).toContain('rd.core_tech');
    expect(r.completeness.complete).toBe(false);
    expect(r.ladder.provisional).toBe(true);
  });
});

describe('ladder', () => {
  for (const a of ARCHETYPES) {
    it(`places “${a.description}” on ${a.expect.rung}`, () => {
      const r = scoreAssessment(instrument, a.answers);
      expect(r.ladder.rung).toBe(a.expect.rung);
      expect(r.ladder.provisional).toBe(a.expect.provisional);
      if (a.expect.quadrant) expect(r.model.quadrant).toBe(a.expect.quadrant);
      const status = Object.fromEntries(r.ladder.gates.map((g) => [g.id, g.passed]));
      for (const g of a.expect.failedGates ?? []) expect(status[g], `${g} should fail`).toBe(false);
      for (const g of a.expect.passedGates ?? []) expect(status[g], `${g} should pass`).toBe(true);
    });
  }

  it('reports progress to the next rung as the share of its gates passed', () => {
    const r = scoreAssessment(instrument, ARCHETYPES.find((a) => a.id === 'tech_sme')!.answers);
    expect(r.ladder.next).toBe('integrated');
    const integrated = r.ladder.gates.filter((g) => g.rung === 'integrated');
    expect(r.ladder.progressToNext).toBeCloseTo(integrated.filter((g) => g.passed).length / integrated.length, 9);
    expect(r.ladder.progressToNext).toBeCloseTo(1 / 4, 9);
  });

  it('names the answers behind each gate', () => {
    const r = scoreAssessment(instrument, ARCHETYPES.find((a) => a.id === 'oem_exporter_70')!.answers);
    const gate = r.ladder.gates.find((g) => g.id === 'own_brand_share')!;
    expect(gate.evidence).toEqual([{ questionId: 'brand.own_share', status: 'answered', value: 0 }]);
    const axisGate = r.ladder.gates.find((g) => g.id === 'rules_or_chain')!;
    expect(axisGate.axes.map((x) => x.axis)).toEqual(['T', 'R']);
  });
});

describe('reference firms from the paper', () => {
  const placed = Object.fromEntries(REFERENCE_FIRMS.map((f) => [f.id, scoreAssessment(instrument, f.answers)]));

  it('all four reach integrated overseas expansion', () => {
    for (const [id, r] of Object.entries(placed)) expect(r.ladder.rung, id).toBe('integrated');
  });

  it('BYD and CATL lean to rule export; Huayou Cobalt and Geely to chain integration', () => {
    expect(placed.byd!.model.lean).toBeGreaterThan(0);
    expect(placed.catl!.model.lean).toBeGreaterThan(0);
    expect(placed.huayou!.model.lean).toBeLessThan(0);
    expect(placed.geely!.model.lean).toBeLessThan(0);
  });
});
