import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { scoreAssessment } from '../scoring/score-assessment';
import { ARCHETYPES } from '../../../test/fixtures/archetypes';
import { compareResults } from './compare-results';

const score = (id: string) => scoreAssessment(instrument, ARCHETYPES.find((a) => a.id === id)!.answers);

describe('comparing two assessments of a firm', () => {
  it('reports a rung gained and each dimension improved, the same or worse', () => {
    const before = score('oem_exporter_70');
    const after = score('ecommerce_brand_seller');
    const c = compareResults(before, after, ['brand_share', 'channels'], ['channels', 'esg']);
    expect(c.rung).toEqual({ before: 'product', after: 'brand', change: 'improved' });
    const brand = c.dimensions.find((d) => d.dimension === 'brand')!;
    expect(brand.change).toBe('improved');
    expect(brand.delta).toBeCloseTo(after.profile.brand.score - before.profile.brand.score, 9);
    expect(c.dimensions.find((d) => d.dimension === 'capital')!.change).toBe('same');
    expect(c.resolved).toEqual(['brand_share']);
    expect(c.added).toEqual(['esg']);
    expect(c.kept).toEqual(['channels']);
  });

  it('reports a rung lost and worse dimensions the other way round', () => {
    const c = compareResults(score('ecommerce_brand_seller'), score('oem_exporter_70'), [], []);
    expect(c.rung.change).toBe('worse');
    expect(c.dimensions.find((d) => d.dimension === 'brand')!.change).toBe('worse');
  });

  it('finds no change between an assessment and itself', () => {
    const r = score('tech_sme');
    const c = compareResults(r, r, ['a'], ['a']);
    expect(c.rung.change).toBe('same');
    expect(c.dimensions.every((d) => d.change === 'same')).toBe(true);
    expect([c.resolved, c.added]).toEqual([[], []]);
  });
});
