import { describe, expect, it } from 'vitest';
import { CBAM_CONSTANTS } from '@/content/cbam/cbam-constants-2026';
import { cbamCodeRow } from '@/content/cbam';
import { productFamily } from '@/content/cbam/product-families';
import type { Answers } from '../assessment/assessment';
import { profileProduct, type ProfileLookup } from './profile-product';

const lookup: ProfileLookup = { representativeOf: (id) => productFamily(id)?.representative, row: cbamCodeRow, constants: CBAM_CONSTANTS };
const answers = (values: Record<string, string | number>, dontKnow: string[] = []): Answers =>
  Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, updatedAt: 1, ...(dontKnow.includes(k) ? { dontKnow: true } : {}) }]));

describe('profileProduct', () => {
  it('estimates a product family from its representative code, with the stated tonnes', () => {
    const p = profileProduct(answers({ 'profile.cbam_product': 'fasteners', 'profile.cbam_tonnes': 300 }), lookup);
    expect(p).toMatchObject({ exposed: true, basis: 'family', familyId: 'fasteners', tonnes: 300 });
    expect(p.row?.code).toBe('731815');
  });

  it('falls back on the industry for older assessments without a product family, labelled as a sector fallback', () => {
    const p = profileProduct(answers({ 'profile.industry': 'aluminium', 'profile.cbam_goods': 'yes' }), lookup);
    expect(p).toMatchObject({ exposed: true, basis: 'sector_fallback', familyId: null, tonnes: null });
    expect(p.row?.code).toBe('7601');
  });

  it('knows nothing when neither is given, and ignores “don’t know” and unusable tonnes', () => {
    expect(profileProduct({}, lookup)).toEqual({ exposed: false, basis: 'none', familyId: null, row: null, tonnes: null });
    const p = profileProduct(answers({ 'profile.cbam_product': 'cement', 'profile.cbam_tonnes': -3 }, ['profile.cbam_product']), lookup);
    expect(p.basis).toBe('none');
    expect(p.tonnes).toBeNull();
    expect(profileProduct(answers({ 'profile.cbam_product': 'textiles' }), lookup).basis).toBe('none');
  });
});
