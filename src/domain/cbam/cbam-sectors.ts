/** The six sectors of CBAM's first phase (Regulation (EU) 2023/956, Annex I). */
export const CBAM_SECTORS = ['iron_steel', 'aluminium', 'cement', 'fertilisers', 'hydrogen', 'electricity'] as const;
/** One of the six CBAM sectors, by stable id. */
export type CbamSector = (typeof CBAM_SECTORS)[number];

/** The unit in which a sector's goods are counted: electricity in MWh, everything else in tonnes. */
export type CbamUnit = 'tonne' | 'MWh';

/** Electricity is counted in MWh; every other CBAM good in tonnes of net mass. */
export function unitOf(sector: CbamSector): CbamUnit {
  return sector === 'electricity' ? 'MWh' : 'tonne';
}

/** True when `x` names one of the CBAM sectors. */
export function isCbamSector(x: unknown): x is CbamSector {
  return typeof x === 'string' && (CBAM_SECTORS as readonly string[]).includes(x);
}

/**
 * Production routes as Implementing Regulation (EU) 2025/2621, Annex I, marks them, each determining a
 * CBAM benchmark of Implementing Regulation (EU) 2025/2620: A grey clinker, B white clinker, C/D/E carbon
 * steel via BF/BOF, DRI/EAF, scrap/EAF, F/G/H low-alloy steel via the same three, J high-alloy steel (EAF),
 * K primary and L secondary aluminium. (There is no route I.)
 */
export const CBAM_ROUTES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L'] as const;
/** One production route indicator. */
export type CbamRoute = (typeof CBAM_ROUTES)[number];
