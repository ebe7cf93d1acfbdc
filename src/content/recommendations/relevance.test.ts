import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { answersFromValues, type CompactValue } from '@/domain/assessment/answers-from-values';
import type { Answers } from '@/domain/assessment/assessment';
import type { Recommendation } from '@/domain/recommendations/recommendation-types';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { answersArbitrary } from '../../../test/fixtures/answer-arbitraries';
import { ARCHETYPES } from '../../../test/fixtures/archetypes';
import { recommend } from '@/domain/recommendations/recommend';
import { advise } from './advise';
import { SUPPORT } from './support';
import { RULES } from './index';

const adviceFor = (answers: Answers) => advise(scoreAssessment(instrument, answers), answers);
const archetype = (id: string) => ARCHETYPES.find((a) => a.id === id)!.answers;
const ids = (recs: Recommendation[]) => recs.map((r) => r.id);
const rank = (recs: Recommendation[], id: string) => ids(recs).indexOf(id);
const withAnswers = (answers: Answers, values: Record<string, CompactValue>) => ({ ...answers, ...answersFromValues(values) });

/** Random firms with a stated export stage. */
const firmAt = (status: 'none' | 'occasional' | 'regular') =>
  answersArbitrary(instrument).map((a) => withAnswers(a, { 'profile.export_status': status }));

describe('every recommendation fits the firm it is shown to', () => {
  it('never tells a firm that does not export every year to do what presumes operations abroad', () => {
    fc.assert(
      fc.property(fc.oneof(firmAt('none'), firmAt('occasional')), (answers) => {
        expect(adviceFor(answers).filter((r) => r.for === 'exporting').map((r) => r.id)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('marks as “for exporters” every rule about plants, R&D centres, communities, security or investment abroad', () => {
    const abroad = ['overseas_rd_centre', 'local_operations', 'local_management', 'community_relations', 'overseas_security', 'cooperation_zone', 'investment_ip_insurance', 'odi_filing', 'overseas_warehouses'];
    const known = RULES.filter((r) => abroad.includes(r.id));
    expect(known.length).toBeGreaterThanOrEqual(abroad.length - 1);
    expect(known.filter((r) => r.for !== 'exporting').map((r) => r.id)).toEqual([]);
  });

  it('gives a firm exporting every year none of the first-steps advice', () => {
    fc.assert(
      fc.property(firmAt('regular'), (answers) => {
        expect(adviceFor(answers).filter((r) => r.for === 'starting').map((r) => r.id)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('shows a pre-exporter the paper’s first steps with credit insurance, the service platform and country guides', () => {
    const recs = adviceFor(archetype('pre_export'));
    expect(ids(recs).slice(0, 3)).toEqual(expect.arrayContaining(['first_regular_exports', 'first_export_insurance', 'first_market_information']));
    const support = new Set(recs.flatMap((r) => r.support));
    expect([...support]).toEqual(expect.arrayContaining(['sinosure', 'service_platform', 'country_guides']));
  });

  it('puts data privacy in the first five for a consumer seller holding EU personal data, and drops it once covered', () => {
    const b2c = archetype('b2c_eu_seller');
    expect(rank(adviceFor(b2c), 'data_privacy')).toBeGreaterThanOrEqual(0);
    expect(rank(adviceFor(b2c), 'data_privacy')).toBeLessThan(5);
    expect(ids(adviceFor(withAnswers(b2c, { 'profile.personal_data': ['none'] })))).not.toContain('data_privacy');
    // Covered by a written compliance programme that includes data privacy.
    expect(ids(adviceFor(withAnswers(b2c, { 'comp.programme': 'documented', 'comp.areas': ['data_privacy'] })))).not.toContain('data_privacy');
  });

  it('raises tariff and origin advice with the US share, without reading Southeast Asian sales as transshipment', () => {
    const base = archetype('oem_exporter_70');
    const at = (share: number, markets: string[]) => adviceFor(withAnswers(base, { 'profile.us_share': share, 'profile.markets': markets }));
    const priority = (recs: Recommendation[]) => recs.find((r) => r.id === 'tariff_exposure')?.priority ?? 0;
    expect(priority(at(70, ['north_america']))).toBeGreaterThan(priority(at(20, ['north_america'])));
    expect(ids(at(0, ['southeast_asia', 'eu']))).not.toContain('tariff_exposure');
    expect(rank(adviceFor(archetype('us_heavy_exporter')), 'tariff_exposure')).toBeLessThan(3);
  });

  it('scales CBAM emissions-data advice by tonnage, and under 50 tonnes says the exemption applies instead', () => {
    const steel = withAnswers(archetype('oem_exporter_70'), {
      'profile.industry': 'iron_steel',
      'profile.markets': ['eu'],
      'profile.cbam_goods': 'yes',
      'profile.cbam_product': 'flat_steel',
      'comp.cbam_data': 'no',
    });
    const at = (tonnes: number) => adviceFor(withAnswers(steel, { 'profile.cbam_tonnes': tonnes }));
    const cbam = (recs: Recommendation[]) => recs.find((r) => r.id === 'cbam_emissions_data');
    expect(cbam(at(5000))!.priority).toBeGreaterThan(cbam(at(500))!.priority);
    expect(cbam(at(5))).toBeUndefined();
    expect(ids(at(5))).toContain('cbam_small_quantity');
    expect(ids(at(5000))).not.toContain('cbam_small_quantity');
    expect(rank(at(5000), 'cbam_emissions_data')).toBeLessThan(rank(at(500), 'cbam_emissions_data'));
  });

  it('acknowledges public services the firm already uses instead of recommending them again', () => {
    const oem = archetype('oem_exporter_70');
    const using = withAnswers(oem, { 'profile.public_services': ['service_platform', 'credit_insurance'] });
    expect(ids(adviceFor(oem))).toContain('service_platform');
    const recs = adviceFor(using);
    expect(ids(recs)).not.toContain('service_platform');
    expect(recs.flatMap((r) => r.support)).not.toContain('service_platform');
    expect(recs.flatMap((r) => r.support)).not.toContain('sinosure');
    expect(recs.flatMap((r) => r.supportInUse)).toEqual(expect.arrayContaining(['service_platform', 'sinosure']));
  });

  it('measures R&D against the firm’s own High-tech Enterprise threshold (5 / 4 / 3% by revenue)', () => {
    const oem = archetype('oem_exporter_70');
    const rd = (revenue: string, intensity: number) => ids(adviceFor(withAnswers(oem, { 'profile.revenue': revenue, 'rd.intensity': intensity })));
    expect(rd('lt50m', 4.5)).toContain('rd_intensity');
    expect(rd('lt50m', 5)).not.toContain('rd_intensity');
    expect(rd('m50_200', 4)).not.toContain('rd_intensity');
    expect(rd('m50_200', 3.5)).toContain('rd_intensity');
    expect(rd('gt2000', 3.5)).not.toContain('rd_intensity');
  });

  it('gives every firm at the top rung at least three keep-and-deepen items, after its gaps', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), (answers) => {
        const result = scoreAssessment(instrument, answers);
        const recs = advise(result, answers);
        const deepen = recs.filter((r) => r.kind === 'deepen');
        if (result.ladder.rung === 'integrated') expect(deepen.length).toBeGreaterThanOrEqual(3);
        const firstDeepen = recs.findIndex((r) => r.kind === 'deepen');
        if (firstDeepen >= 0) expect(recs.slice(firstDeepen).every((r) => r.kind === 'deepen')).toBe(true);
      }),
      { numRuns: 150 },
    );
    for (const id of ['greenfield_builder', 'integrated_chain']) expect(adviceFor(archetype(id)).filter((r) => r.kind === 'deepen').length).toBeGreaterThanOrEqual(3);
  });

  it('orders deterministically whatever the order of the rules', () => {
    fc.assert(
      fc.property(answersArbitrary(instrument), fc.shuffledSubarray([...RULES], { minLength: RULES.length }), (answers, shuffled) => {
        const result = scoreAssessment(instrument, answers);
        expect(ids(recommend(result, answers, instrument, shuffled, { support: SUPPORT }))).toEqual(ids(advise(result, answers)));
      }),
      { numRuns: 100 },
    );
  });
});
