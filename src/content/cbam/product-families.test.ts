import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { CBAM_CODES, cbamCodeRow } from './index';
import { PRODUCT_FAMILIES, PRODUCT_FAMILY_IDS } from './product-families';

describe('product families of profile.cbam_product', () => {
  it('are exactly the option ids the profile question uses, in order', () => {
    expect(PRODUCT_FAMILIES.map((f) => f.id)).toEqual([...PRODUCT_FAMILY_IDS]);
    const question = instrument.questions.find((q) => q.id === 'profile.cbam_product')!;
    expect(question.options!.map((o) => o.id)).toEqual([...PRODUCT_FAMILY_IDS]);
    expect(PRODUCT_FAMILY_IDS).toHaveLength(20);
  });

  it('each map to covered codes of the table, their representative among them', () => {
    for (const f of PRODUCT_FAMILIES) {
      expect(f.codes.length, `${f.id} has codes`).toBeGreaterThan(0);
      expect(f.codes, `${f.id} representative`).toContain(f.representative);
      for (const code of f.codes) expect(cbamCodeRow(code)?.covered, `${f.id} ${code}`).toBe(true);
    }
  });

  it('put every covered code in exactly one family (agglomerated iron ore, 2601 12 00, belongs to none)', () => {
    for (const row of CBAM_CODES.filter((r) => r.covered && r.code !== '26011200')) {
      const owners = PRODUCT_FAMILIES.filter((f) => f.codes.includes(row.code)).map((f) => f.id);
      expect(owners, row.code).toHaveLength(1);
    }
  });

  it('keep uncovered neighbours out: ferro-silicon, scrap, 3105 60 00', () => {
    const all = PRODUCT_FAMILIES.flatMap((f) => f.codes);
    for (const code of ['720221', '7204', '31056000', '7317']) expect(all).not.toContain(code);
    expect(PRODUCT_FAMILIES.find((f) => f.id === 'fasteners')!.codes).toEqual(expect.arrayContaining(['731815', '731816', '73182200']));
  });
});
