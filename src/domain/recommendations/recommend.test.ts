import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { OEM_SME } from '@/content/recommendations/sample-firms';
import { answersFromValues, type CompactValue } from '../assessment/answers-from-values';
import { scoreAssessment } from '../scoring/score-assessment';
import { recommend, type RecommendOptions } from './recommend';
import { ACTORS, HORIZONS, type Rule } from './rule-schema';

const EXPORTS = { q: 'profile.export_status', is: ['regular'] };
const rule = (id: string, over: Partial<Rule> = {}): Rule => ({
  id,
  dimension: 'brand',
  for: 'all',
  kind: 'gap',
  effort: 1,
  effect: [],
  when: EXPORTS,
  gap: { fixed: 1 },
  base: 1,
  boosts: [],
  horizon: 'now',
  actor: 'firm',
  steps: ['one', 'two'],
  support: [],
  leadsTo: {},
  covers: [],
  source: 'test',
  ...over,
});

const exporter: Record<string, CompactValue> = {
  'profile.export_status': 'regular',
  'profile.markets': ['eu'],
  'profile.employees': 'n20_299',
};
const run = (values: Record<string, CompactValue>, rules: Rule[], options?: RecommendOptions) => {
  const answers = answersFromValues(values);
  return recommend(scoreAssessment(instrument, answers), answers, instrument, rules, options);
};

describe('recommend', () => {
  it('orders by priority, then horizon (now, year, longer), then id', () => {
    const rules = [
      rule('low', { gap: { fixed: 0.5 }, base: 1 }),
      rule('tie_year', { horizon: 'year' }),
      rule('tie_now_b'),
      rule('tie_now_a'),
      rule('high', { base: 3, horizon: 'longer' }),
    ];
    expect(run(exporter, rules).map((r) => r.id)).toEqual(['high', 'tie_now_a', 'tie_now_b', 'tie_year', 'low']);
  });

  it('computes priority as gap × importance, importance as base plus the boosts that apply', () => {
    const [rec] = run(exporter, [
      rule('r', {
        gap: { fixed: 0.5 },
        base: 2,
        boosts: [
          { if: { q: 'profile.markets', is: ['eu'] }, add: 1.5, reason: 'eu' },
          { if: { q: 'profile.markets', is: ['north_america'] }, add: 1, reason: 'us' },
        ],
      }),
    ]);
    expect(rec?.importance).toBe(3.5);
    expect(rec?.priority).toBe(1.75);
    expect(rec?.why.boosts.map((b) => b.reason), 'only the boost that applied').toEqual(['eu']);
    expect(rec?.why.boosts[0]?.answers).toEqual([{ questionId: 'profile.markets', status: 'answered', value: ['eu'] }]);
  });

  it('measures a question gap as 1 − mean credit, and skips rules with nothing left to do', () => {
    const rules = [rule('fx', { gap: { questions: ['cap.fx', 'cap.credit_insurance'] } })];
    const half = run({ ...exporter, 'cap.fx': 'some_hedging', 'cap.credit_insurance': 'none' }, rules);
    expect(half[0]?.gap, '1 − (0.5 + 0) / 2').toBe(0.75);
    expect(run({ ...exporter, 'cap.fx': 'policy', 'cap.credit_insurance': 'all_credit_sales' }, rules), 'gap 0: nothing to recommend').toEqual([]);
  });

  it('leaves a question hidden by the profile out of a gap, and counts one hidden for lack of a capability as zero', () => {
    const cbam = [rule('cbam', { gap: { questions: ['comp.cbam_data', 'comp.carbon_accounting'] } })];
    const noCbam = run({ ...exporter, 'profile.cbam_goods': 'no', 'comp.carbon_accounting': 'organisation' }, cbam);
    expect(noCbam[0]?.gap, 'CBAM data not applicable: only carbon accounting counts').toBe(0.5);
    const local = [rule('local', { gap: { questions: ['loc.local_managers'] } })];
    const noPlant = run({ ...exporter, 'loc.production': 'none', 'loc.local_managers': 'most' }, local);
    expect(noPlant[0]?.gap, 'no operation abroad: its managers count as zero, whatever was kept').toBe(1);
  });

  it('measures dimension, axis and gate gaps from the result', () => {
    const rules = [
      rule('dim', { gap: { dimension: 'brand' } }),
      rule('axis', { gap: { axis: 'T' } }),
      rule('gates', { gap: { gates: ['own_brand_share', 'own_channels'] } }),
    ];
    const values = { ...exporter, 'brand.own_share': 50, 'brand.channels': ['brand_distributors'] };
    const result = scoreAssessment(instrument, answersFromValues(values));
    const byId = Object.fromEntries(run(values, rules).map((r) => [r.id, r]));
    expect(byId.dim?.gap).toBeCloseTo((100 - result.profile.brand.score) / 100, 3);
    expect(byId.axis?.gap).toBeCloseTo((100 - result.model.T.value) / 100, 3);
    expect(byId.gates?.gap, 'own brand share passes, own channels fails').toBe(0.5);
    expect(byId.dim?.why.dimensions).toEqual([{ dimension: 'brand', score: result.profile.brand.score }]);
    expect(byId.axis?.why.axes).toEqual([{ axis: 'T', value: result.model.T.value }]);
  });

  it('explains with the answers that triggered it: the branch of an `any` that held, the gap’s questions, a gate’s own answers', () => {
    const [rec] = run({ ...exporter, 'brand.channels': ['none'], 'cap.fx': 'none' }, [
      rule('r', {
        when: {
          all: [
            { any: [{ q: 'profile.markets', is: ['north_america'] }, { q: 'profile.markets', is: ['eu'] }, { q: 'profile.cbam_goods', is: ['yes'] }] },
            { gate: 'own_channels', passed: false },
          ],
        },
        gap: { questions: ['cap.fx'] },
      }),
    ]);
    // The gate reads the channels and, for its B2B route, the sales model.
    expect(rec?.why.answers.map((a) => a.questionId)).toEqual(['profile.markets', 'brand.channels', 'profile.sales_model', 'cap.fx']);
    expect(rec?.why.gates).toEqual([{ id: 'own_channels', passed: false }]);
    expect(rec?.why.answers[1]).toEqual({ questionId: 'brand.channels', status: 'answered', value: ['none'] });
  });

  it('never lets a hidden answer trigger a rule or appear in its explanation', () => {
    const hiddenCommunity = { ...exporter, 'loc.production': 'none', 'loc.service': 'from_china', 'loc.community': 'none' };
    const community = RULES.filter((r) => r.id === 'community_relations');
    expect(run(hiddenCommunity, community), 'loc.community is hidden without an operation abroad').toEqual([]);
    const negated = [rule('neg', { when: { all: [EXPORTS, { not: { q: 'loc.community', is: ['regular'] } }] } })];
    const a = run(hiddenCommunity, negated);
    const b = run({ ...hiddenCommunity, 'loc.community': 'regular' }, negated);
    expect(a, 'the hidden answer changes nothing').toEqual(b);
    expect(a[0]?.why.answers.map((x) => x.questionId)).not.toContain('loc.community');
  });

  it('raises rules that help a failing gate of the next rung, and rules that build the model the firm leans to', () => {
    const rules = [
      rule('brand_gate', { leadsTo: { gates: ['own_channels'] }, boosts: [{ situation: 'next_rung', add: 2 }] }),
      rule('top_gate', { leadsTo: { gates: ['compliance_risk'] }, boosts: [{ situation: 'next_rung', add: 2 }] }),
      rule('rule_model', { leadsTo: { model: 'rule_export' }, boosts: [{ situation: 'lean', add: 1 }] }),
      rule('chain_model', { leadsTo: { model: 'chain_integration' }, boosts: [{ situation: 'lean', add: 1 }] }),
    ];
    const techExporter = { ...exporter, 'rd.intensity': 6, 'rd.core_tech': 'own_core', 'std.bodies': 'international_member' };
    const byId = Object.fromEntries(run(techExporter, rules).map((r) => [r.id, r]));
    expect(byId.brand_gate?.importance, 'own channels is a gate of the next rung (brand)').toBe(3);
    expect(byId.top_gate?.importance, 'compliance is a gate of a later rung').toBe(1);
    expect(byId.rule_model?.why.boosts.map((b) => b.reason)).toEqual(['lean_rule_export']);
    expect(byId.chain_model?.importance).toBe(1);
  });

  it('with a target, lists what leads there first, rung by rung and the target model first within a rung, priorities unchanged', () => {
    const rules = [
      rule('other', { base: 3 }),
      rule('to_integrated', { base: 2, leadsTo: { gates: ['local_operations'] } }),
      rule('to_brand', { base: 1, leadsTo: { gates: ['own_channels'] } }),
      rule('model_chain', { base: 2.5, leadsTo: { model: 'chain_integration' } }),
      rule('model_rule', { base: 1.5, leadsTo: { model: 'rule_export' } }),
    ];
    const plain = run(exporter, rules);
    const planned = run(exporter, rules, { target: { rung: 'integrated', model: 'rule_export' } });
    expect(plain.map((r) => r.id)).toEqual(['other', 'model_chain', 'to_integrated', 'model_rule', 'to_brand']);
    expect(planned.map((r) => r.id)).toEqual(['to_brand', 'model_rule', 'to_integrated', 'other', 'model_chain']);
    expect(planned.filter((r) => r.onRoadmap).map((r) => r.id)).toEqual(['to_brand', 'model_rule', 'to_integrated']);
    const priorities = (list: typeof plain) => Object.fromEntries(list.map((r) => [r.id, r.priority]));
    expect(priorities(planned)).toEqual(priorities(plain));
  });

  it('takes horizon, actor, steps and support from the rule data, so that filters are plain data', () => {
    const recs = recommend(scoreAssessment(instrument, OEM_SME.answers), OEM_SME.answers, instrument, RULES);
    const byId = new Map(RULES.map((r) => [r.id, r]));
    expect(recs.length).toBeGreaterThan(10);
    const fromData = recs.map((rec) => {
      const r = byId.get(rec.id)!;
      return { id: rec.id, horizon: r.horizon, actor: r.actor, support: r.support, steps: r.steps.map((s) => `rules.${r.id}.steps.${s}`) };
    });
    expect(recs.map((rec) => ({ id: rec.id, horizon: rec.horizon, actor: rec.actor, support: rec.support, steps: rec.text.steps }))).toEqual(fromData);
    expect(HORIZONS.filter((h) => !RULES.some((r) => r.horizon === h)), 'horizons no rule uses').toEqual([]);
    expect(ACTORS.filter((a) => !RULES.some((r) => r.actor === a)), 'actors no rule uses').toEqual([]);
    expect(recs.filter((r) => r.actor === 'public').every((r) => byId.get(r.id)!.actor === 'public')).toBe(true);
  });
});
