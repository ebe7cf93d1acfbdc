import type { CbamCodeRow } from '@/domain/cbam/cbam-code-schema';

const annexI = { act: 'reg_2023_956' } as const;

/**
 * Goods near the covered ones that Annex I of Regulation (EU) 2023/956 leaves out: ferro-alloys other than
 * ferro-manganese, ferro-chromium and ferro-nickel, ferrous scrap (7204), chapter 73 outside 7301–7311, 7318
 * and 7326, aluminium scrap (7602) and household articles (7615), phosphatic and potassic fertilisers (3103,
 * 3104) and 3105 60 00. Listed so that a search for them says "not covered" instead of finding nothing.
 */
export const NOT_COVERED_CODES: readonly CbamCodeRow[] = [
  ...['720221', '720229', '72023000', '72025000', '72027000', '72028000', '72029100', '72029200', '72029300', '720299', '7204'].map(
    (code): CbamCodeRow => ({ code, sector: 'iron_steel', covered: false, coverage: annexI }),
  ),
  ...['7312', '7313', '7314', '7315', '7316', '7317', '7319', '7320', '7321', '7322', '7323', '7324', '7325'].map(
    (code): CbamCodeRow => ({ code, sector: 'iron_steel', covered: false, coverage: annexI }),
  ),
  ...['7602', '7615'].map((code): CbamCodeRow => ({ code, sector: 'aluminium', covered: false, coverage: annexI })),
  ...['3103', '3104', '31056000'].map((code): CbamCodeRow => ({ code, sector: 'fertilisers', covered: false, coverage: annexI })),
];
