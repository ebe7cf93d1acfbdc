import { describe, expect, it } from 'vitest';
import { cbamConstantsSchema } from '@/domain/cbam/cbam-constants-schema';
import { cbamFactor, markUpOf } from '@/domain/cbam/cbam-code-values';
import { certificatePriceFor, latestPublishedPrice } from '@/domain/cbam/code-input';
import { CBAM_CONSTANTS as C } from './cbam-constants-2026';
import { cbamCodeRow } from './index';

describe('the dated CBAM constants', () => {
  it('match their schema', () => {
    const r = cbamConstantsSchema.safeParse(C);
    expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).toBe(true);
  });

  it('phase free allocation out by the factors of Directive 2003/87/EC Art. 10a(1a), ending in 2034', () => {
    const years = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2040];
    expect(years.map((y) => cbamFactor(C, y))).toEqual([0.975, 0.95, 0.9, 0.775, 0.515, 0.39, 0.265, 0.14, 0, 0]);
  });

  it('mark up defaults by 10 / 20 / 30 % for steel, aluminium, cement and hydrogen, 1 % for fertilisers, not at all for electricity', () => {
    for (const sector of ['iron_steel', 'aluminium', 'cement', 'hydrogen'] as const) {
      expect([2026, 2027, 2028, 2031].map((y) => markUpOf(C, sector, y)), sector).toEqual([0.1, 0.2, 0.3, 0.3]);
    }
    expect([2026, 2027, 2030].map((y) => markUpOf(C, 'fertilisers', y))).toEqual([0.01, 0.01, 0.01]);
    expect([2026, 2030].map((y) => markUpOf(C, 'electricity', y))).toEqual([0, 0]);
  });

  it('price 2026 by quarter as published: Q1 €75.36 (7 April), Q2 €75.28 (6 July), Q3 €82.32 (5 October); Q4 not yet', () => {
    expect(C.certificatePrices.quarters).toEqual([
      { quarter: 1, eur: 75.36, published: '2026-04-07', source: 'ec_price_q1' },
      { quarter: 2, eur: 75.28, published: '2026-07-06', source: 'ec_price_q2' },
      { quarter: 3, eur: 82.32, published: '2026-10-05', source: 'ec_price_q3' },
      { quarter: 4, eur: null, due: '2027-01-04', source: 'ec_price_schedule' },
    ]);
    for (const q of C.certificatePrices.quarters) {
      if ('published' in q) expect(q.published <= C.asOf, `Q${q.quarter} published by ${C.asOf}`).toBe(true);
      else expect(q.due > C.asOf, `Q${q.quarter} is still due on ${C.asOf}`).toBe(true);
    }
    expect(latestPublishedPrice(C)).toEqual({ eur: 82.32, quarter: 3, status: 'published' });
    expect(certificatePriceFor(C, 2026, 4)).toEqual({ eur: 82.32, quarter: 3, status: 'latest' });
    expect(certificatePriceFor(C, 2027, null).status, 'weekly prices from 2027 are not known yet').toBe('latest');
  });

  it('exempt up to and including 50 t, never electricity or hydrogen, and name the downstream extension a proposal', () => {
    expect(C.deMinimis).toMatchObject({ tonnes: 50, rule: 'not_exceeding', excluded: ['electricity', 'hydrogen'] });
    expect(C.downstreamProposal).toMatchObject({ date: '2025-12-17', status: 'proposal', wouldApplyFrom: '2028-01-01' });
  });

  it('say which values are assumptions, and fall back on codes that exist', () => {
    expect(C.cscf.status).toBe('assumed');
    expect(C.cnyPerEur.status).toBe('assumed');
    expect(C.benchmarkPeriods.status).toBe('assumed');
    expect(C.defaultValuesCorrection.checked, 'the China rows were not checked against 2026/1740').toBe(false);
    for (const [sector, code] of Object.entries(C.sectorFallback.codes)) expect(cbamCodeRow(code)?.sector, `${sector} fallback ${code}`).toBe(sector);
  });
});
