import { describe, expect, it } from 'vitest';
import { cbamFormSchema, defaultCbamFormValues, officialFormValues, parseDecimal, type CbamFormValues } from './cbam-form-schema';

const values = (over: Partial<CbamFormValues> = {}): CbamFormValues => ({ ...defaultCbamFormValues('7208', 1000), ...over });
const issues = (over: Partial<CbamFormValues>) => {
  const r = cbamFormSchema.safeParse(values(over));
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('parseDecimal', () => {
  it('reads plain, grouped and full-width decimals and refuses anything else', () => {
    expect(parseDecimal('1.25')).toBe(1.25);
    expect(parseDecimal(' 1,234.5 ')).toBe(1234.5);
    expect(parseDecimal('１２０．５')).toBe(120.5);
    expect(parseDecimal('-5')).toBe(-5);
    expect(parseDecimal('.5')).toBe(0.5);
    for (const bad of ['abc', '1.2.3', '12,34', '1e3', '', '--1']) expect(parseDecimal(bad), `"${bad}" is not a decimal`).toBeNaN();
  });
});

describe('cbamFormSchema', () => {
  it('starts from the code’s official values, 2026 and the latest published quarter', () => {
    expect(values()).toMatchObject({ code: '7208', defaultEmissions: '3.506', verifiedBenchmark: '1.37', route: 'C', quarter: '3', certificatePrice: '82.32' });
    const r = cbamFormSchema.safeParse(values({ originShare: '25' }));
    expect(r.success && r.data).toMatchObject({ sector: 'iron_steel', tonnesPerYear: 1000, verifiedEmissions: null, defaultEmissions: 3.506, defaultBenchmark: 1.37, year: 2026, originPriceShare: 0.25 });
  });

  it('gives no input while no covered code is chosen', () => {
    expect(cbamFormSchema.safeParse(values({ code: '' }))).toMatchObject({ success: true, data: null });
    expect(cbamFormSchema.safeParse(values({ code: '7204' }))).toMatchObject({ success: true, data: null });
  });

  it('uses the typed emissions only when the user says they have verified data', () => {
    const r = cbamFormSchema.safeParse(values({ dataSource: 'verified', emissions: '1.2' }));
    expect(r.success && r.data?.verifiedEmissions).toBe(1.2);
    expect(issues({ dataSource: 'default', emissions: 'junk' })).toEqual([]);
    expect(issues({ dataSource: 'verified', emissions: '' })).toEqual(['emissions:required']);
  });

  it('names what is wrong with each field as a code the interface translates', () => {
    expect(issues({ quantity: '' })).toEqual(['quantity:required']);
    expect(issues({ quantity: 'ten' })).toEqual(['quantity:not_a_number']);
    expect(issues({ quantity: '-5' })).toEqual(['quantity:negative']);
    expect(issues({ quantity: '2000000000' })).toEqual(['quantity:too_large']);
    expect(issues({ defaultEmissions: '-1' })).toEqual(['defaultEmissions:negative']);
    expect(issues({ originShare: '120' })).toEqual(['originShare:share_out_of_range']);
    expect(issues({ cnyPerEur: '0' })).toEqual(['cnyPerEur:not_positive']);
    expect(issues({ year: '2025' })).toEqual(['year:year_before_2026']);
    expect(issues({ quantity: 'x', dataSource: 'verified', emissions: '' })).toEqual(['quantity:not_a_number', 'emissions:required']);
  });

  it('brings the official values of another year or route, never marking the default value up again', () => {
    expect(officialFormValues('7208', 2028, 'E')).toEqual({ route: 'E', verifiedBenchmark: '0.072', defaultEmissions: '4.143' });
    expect(officialFormValues('7204', 2026, null)).toBeNull();
  });
});
