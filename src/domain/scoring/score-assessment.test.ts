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
    const exporting = { 'profile.export_status': 'regular', 'comp.programme': 'system' };
    const r = score({ ...exporting, 'profile.cbam_goods': 'no' });
    // 0.2 of the 0.85 weight that applies.
    expect(r.profile.compliance.score).toBeCloseTo((0.2 / 0.85) * 100, 9);
    const withCbam = score({ ...exporting, 'profile.cbam_goods': 'yes' });
    expect(withCbam.profile.compliance.score).toBeCloseTo(20, 9);
  });

  it('gives the weight of a follow-up that cannot apply to the question it follows, never a zero', () => {
    // No written rules: "which areas do your written rules cover" is not asked; its 0.15 stays with the programme.
    const r = score({ 'comp.programme': 'case_by_case' });
    expect(r.visible).not.toContain('comp.areas');
    expect(r.profile.compliance.contributions.map((c) => c.questionId)).not.toContain('comp.areas');
    const programme = r.profile.compliance.contributions.find((c) => c.questionId === 'comp.programme')!;
    expect(programme.share, '(0.2 + 0.15) of the 0.85 that applies without CBAM goods').toBeCloseTo(0.35 / 0.85, 9);
    expect(r.profile.compliance.score).toBeCloseTo((0.35 * 0.25 * 100) / 0.85, 9);
    const written = score({ 'comp.programme': 'documented', 'comp.areas': ['ip'] });
    expect(written.profile.compliance.contributions.find((c) => c.questionId === 'comp.areas')?.share).toBeCloseTo(0.15 / 0.85, 9);
  });

  it('credits R&D intensity against the High-tech Enterprise threshold of the firm’s own revenue band', () => {
    const rd = (revenue: string | undefined) => {
      const r = score({ 'rd.intensity': 3.5, ...(revenue ? { 'profile.revenue': revenue } : {}) });
      return r.profile.rd.contributions.find((c) => c.questionId === 'rd.intensity')!.credit;
    };
    expect(rd('gt2000'), 'above 200 million: 3% is the threshold').toBe(1);
    expect(rd('m200_400')).toBe(1);
    expect(rd('m50_200'), '50–200 million: 4%').toBe(0.75);
    expect(rd('lt50m'), 'up to 50 million: 5%').toBe(0.5);
    expect(rd(undefined), 'revenue not given: the strictest threshold').toBe(0.5);
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
  it('computes T from R&D, licensing and standard-setting answers, R from M&A, greenfield, integration and resources', () => {
    const r = score({
      'rd.intensity': 5,
      'rd.patents_abroad': 'filed',
      'rd.core_tech': 'own_core',
      'rd.licensing_out': 'none',
      'std.certifications': ['ce', 'iso9001'],
      'sup.resources': 'own',
      'sup.components': 'core',
      'cap.fx': 'policy',
      'cap.credit_insurance': 'all_credit_sales',
    });
    expect(r.model.T.value, 'intensity 0.1 × 100 + patents filed 0.15 × 25 + own core 0.1 × 100').toBeCloseTo(10 + 3.75 + 10, 9);
    expect(r.model.R.value, 'own resources only: components, FX and insurance are not chain integration').toBeCloseTo(20, 9);
    expect(r.model.T.contributions.map((c) => c.questionId)).not.toContain('std.certifications');
    expect(r.model.lean).toBeCloseTo((r.model.T.value - r.model.R.value) / 100, 9);
    expect(r.model.convergence).toBeCloseTo(Math.min(r.model.T.value, r.model.R.value), 9);
  });

  it('calls a lean below the instrument’s threshold balanced, and names the model beyond it', () => {
    expect(score({ 'sup.resources': 'own', 'rd.patents_abroad': 'granted_many', 'rd.intensity': 5 }).model.leaning, 'T 25, R 20').toBe('balanced');
    expect(score({ 'sup.resources': 'own', 'cap.acquisitions': 'control' }).model.leaning).toBe('chain_integration');
    expect(score({ 'std.lead': 'international', 'std.contributions': 'drafted' }).model.leaning).toBe('rule_export');
    expect(instrument.balancedLean).toBe(0.1);
  });
});

describe('gates read with "don’t know"', () => {
  it('shows a gate that fails only for want of answers as not known, and one that fails on a given answer as failed', () => {
    const unknown = score({ 'profile.export_status': DONT_KNOW }).ladder.gates.find((g) => g.id === 'regular_exports')!;
    expect(unknown).toMatchObject({ passed: false, unknown: true });
    const no = score({ 'profile.export_status': 'occasional' }).ladder.gates.find((g) => g.id === 'regular_exports')!;
    expect(no).toMatchObject({ passed: false, unknown: false });
    // Written rules but a "don't know" on country risk: not known; no rules at all: failed, whatever the rest.
    const open = score({ 'comp.programme': 'documented', 'comp.country_risk': DONT_KNOW }).ladder.gates.find((g) => g.id === 'compliance_risk')!;
    expect(open.unknown).toBe(true);
    const failed = score({ 'comp.programme': 'none', 'comp.country_risk': DONT_KNOW }).ladder.gates.find((g) => g.id === 'compliance_risk')!;
    expect(failed.unknown).toBe(false);
  });

  it('treats an axis gate as not known while open answers could still lift an axis to the strong line', () => {
    const allUnknown = score(Object.fromEntries(instrument.axes.R.map((c) => ['question' in c ? c.question : '', DONT_KNOW])));
    expect(allUnknown.ladder.gates.find((g) => g.id === 'rules_or_chain')?.unknown).toBe(true);
    const worst = Object.fromEntries(
      [...instrument.axes.T, ...instrument.axes.R].map((c) => {
        const question = instrument.questions.find((x) => 'question' in c && x.id === c.question)!;
        return [question.id, question.bands ? 0 : question.options![0]!.id];
      }),
    );
    const gate = score(worst).ladder.gates.find((g) => g.id === 'rules_or_chain')!;
    expect(gate, 'every axis answer given, at its lowest: failed, not unknown').toMatchObject({ passed: false, unknown: false });
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
      expect(r.ladder.rung, a.why).toBe(a.expect.rung);
      expect(r.ladder.provisional).toBe(a.expect.provisional);
      if (a.expect.quadrant) expect(r.model.quadrant, a.why).toBe(a.expect.quadrant);
      if (a.expect.leaning) expect(r.model.leaning, a.why).toBe(a.expect.leaning);
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
