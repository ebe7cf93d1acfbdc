import type { CbamConstants } from '@/domain/cbam/cbam-constants-schema';

/**
 * Every constant of the CBAM estimate in one dated place: a yearly update changes this file and its test,
 * nothing else. Checked on 2026-12-04. Each value names its source (src/content/cbam/sources.ts); the ones
 * that are assumptions say so.
 */
export const CBAM_CONSTANTS: CbamConstants = {
  asOf: '2026-12-04',
  // Directive 2003/87/EC Art. 10a(1a) as amended by Directive (EU) 2023/959: 97.5 % in 2026 … 14 % in 2033, 0 from 2034.
  cbamFactors: { firstYear: 2026, values: [0.975, 0.95, 0.9, 0.775, 0.515, 0.39, 0.265, 0.14], source: 'directive_2003_87' },
  // 2025/2621 recitals (4)–(6) and the column heads of Annex I: 10/20/30 %, fertilisers 1 %, electricity none.
  markUps: {
    bySector: {
      iron_steel: [0.1, 0.2, 0.3],
      aluminium: [0.1, 0.2, 0.3],
      cement: [0.1, 0.2, 0.3],
      hydrogen: [0.1, 0.2, 0.3],
      fertilisers: [0.01, 0.01, 0.01],
      electricity: [0, 0, 0],
    },
    source: 'ir_2025_2621',
  },
  // Not yet set for 2026–2030. Assumed 100 %, its value for 2021–2025 (Implementing Decision (EU) 2021/927).
  cscf: { value: 1, status: 'assumed', source: 'cscf_2021_927' },
  // Regulation (EU) 2025/2083, Art. 2a: exempt where the net mass "does not cumulatively exceed" 50 t (Annex VII);
  // Art. 2a(4): not for electricity or hydrogen.
  deMinimis: { tonnes: 50, rule: 'not_exceeding', excluded: ['electricity', 'hydrogen'], source: 'reg_2025_2083' },
  // Implementing Regulation (EU) 2025/2548: 2026 by quarter of import, weekly from 2027. Q4 2026 is due on 4 January 2027.
  certificatePrices: {
    year: 2026,
    quarters: [
      { quarter: 1, eur: 75.36, published: '2026-04-07', source: 'ec_price_q1' },
      { quarter: 2, eur: 75.28, published: '2026-07-06', source: 'ec_price_q2' },
      { quarter: 3, eur: 82.32, published: '2026-10-05', source: 'ec_price_q3' },
      { quarter: 4, eur: null, due: '2027-01-04', source: 'ec_price_schedule' },
    ],
    weeklyFrom: 2027,
  },
  // 2025/2620 gives some benchmarks twice, marked (1) and (2), and uses "the relevant production year" (Annex 5.1);
  // read here as (1) for 2026–2027 and (2) for 2028–2030, an assumption stated in the panel.
  benchmarkPeriods: { firstPeriodUntil: 2027, status: 'assumed', source: 'ir_2025_2620' },
  // Fudan University carbon price index report (Securities Daily, 8 October 2025): CEA month-end close, September 2025.
  chinaEts: { cnyPerTonne: 59.16, date: '2025-09-30', source: 'china_ets_fudan' },
  cnyPerEur: { value: 8.2, status: 'assumed' },
  sectorFallback: {
    codes: { iron_steel: '7208', aluminium: '7601', cement: '25232900', fertilisers: '31021019', hydrogen: '28041000', electricity: '27160000' },
    // 2025/2621 Annex II (p. 2350): China's grid emission factor, set for indirect emissions; a stand-in for electricity.
    electricityEmissions: { tCo2PerMwh: 0.605, source: 'ir_2025_2621_annex_ii' },
  },
  downstreamProposal: { date: '2025-12-17', reference: 'COM(2025) 989', status: 'proposal', wouldApplyFrom: '2028-01-01', products: 180, source: 'com_2025_989' },
  paperRange: { low: 130, high: 4670, source: 'paper' },
  sensitivityPricesEur: [50, 75, 100, 150],
  // Implementing Regulation (EU) 2026/1740 replaced Annex I of 2025/2621 from 1 January 2026. The China rows here are
  // those of the 2025/2621 text; they have not been checked against the corrected table.
  defaultValuesCorrection: { act: 'ir_2026_1740', published: '2026-07-31', checked: false },
};
