import { CBAM_SECTORS, unitOf, type CbamSector, type CbamUnit } from '../cbam/cbam-sectors';
import { RUNGS, type Rung } from '../instrument/vocabulary';
import type { Instrument } from '../instrument/instrument-schema';
import { DIMENSIONS, type DimensionId } from '../instrument/vocabulary';
import type { Rule } from '../recommendations/rule-schema';
import type { Quadrant } from '../scoring/result-types';
import { firmFigures, type CohortFirm, type FirmFigures } from './firm-figures';
import { FIRM_CBAM_ASSUMPTIONS } from './firm-cbam';
import { orderedSum, summarise, type Spread } from './spread';

/** The model map's quadrants, from neither axis strong to both. */
export const QUADRANTS: readonly Quadrant[] = ['emerging', 'rule_export', 'chain_integration', 'convergent'];

/** Firms on one rung; provisional results (too little answered) are counted apart. */
export interface RungCount {
  rung: Rung;
  total: number;
  confirmed: number;
  provisional: number;
  /** total / firms in the cohort (0 when empty). */
  share: number;
}

/** A recommendation and how many firms have it among their first five. */
export interface RecommendationCount {
  id: string;
  dimension: DimensionId;
  count: number;
  /** count / firms in the cohort. */
  share: number;
  /** Mean 1-based position in those firms' lists (1 = first). */
  meanPosition: number;
}

/** CBAM-covered goods in the room per sector (or "sector unknown"); costs are estimates. */
export interface CbamSectorCount {
  sector: CbamSector | null;
  unit: CbamUnit;
  firms: number;
  quantity: number;
  lowEur: number;
  highEur: number;
}

/** CBAM exposure in the room; every money figure is an ESTIMATE at default inputs. */
export interface CohortCbam {
  /** Firms whose profile says they export CBAM goods to the EU. */
  exposed: number;
  /** Of those, firms whose yearly cost could be estimated (product family and quantity known). */
  estimated: number;
  /** Tonnes a year stated by exposed firms (electricity, counted in MWh, apart). */
  tonnes: number;
  mwh: number;
  /** Sum of the per-firm ESTIMATED yearly cost ranges. */
  cost: { lowEur: number; highEur: number; lowCny: number; highCny: number };
  bySector: CbamSectorCount[];
  /** The default inputs every firm's estimate used. */
  assumptions: { year: number; certificatePriceEur: number; cnyPerEur: number };
}

/** How complete the cohort's answers are. */
export interface CohortCompleteness {
  answeredShare: Spread | null;
  /** Firms below the instrument's minimum answered share: their rung is provisional. */
  provisional: number;
  /** Firms with at least one question shown but not answered (or "don't know"). */
  withOpen: number;
  /** "Don't know" answers over all firms. */
  dontKnow: number;
  /** Ids of the provisional firms, in input order. */
  provisionalIds: string[];
}

/** Everything the cohort dashboard shows, derived from the firms' figures only. */
export interface Cohort {
  count: number;
  ladder: RungCount[];
  quadrants: Record<Quadrant, number>;
  /** One point per firm, in input order. */
  points: { id: string; T: number; R: number; quadrant: Quadrant }[];
  dimensions: Record<DimensionId, Spread | null>;
  axes: { T: Spread | null; R: Spread | null };
  recommendations: RecommendationCount[];
  cbam: CohortCbam;
  completeness: CohortCompleteness;
}

const share = (n: number, of: number) => (of > 0 ? n / of : 0);

function countLadder(firms: readonly FirmFigures[]): RungCount[] {
  return RUNGS.map((rung) => {
    const on = firms.filter((f) => f.rung === rung);
    const provisional = on.filter((f) => f.provisional).length;
    return { rung, total: on.length, confirmed: on.length - provisional, provisional, share: share(on.length, firms.length) };
  });
}

function countRecommendations(firms: readonly FirmFigures[]): RecommendationCount[] {
  const byId = new Map<string, { dimension: DimensionId; count: number; positions: number }>();
  for (const f of firms) {
    f.top.forEach((r, i) => {
      const entry = byId.get(r.id) ?? { dimension: r.dimension, count: 0, positions: 0 };
      entry.count++;
      entry.positions += i + 1;
      byId.set(r.id, entry);
    });
  }
  return [...byId]
    .map(([id, e]) => ({ id, dimension: e.dimension, count: e.count, share: share(e.count, firms.length), meanPosition: e.positions / e.count }))
    .sort((a, b) => b.count - a.count || a.meanPosition - b.meanPosition || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function countCbam(firms: readonly FirmFigures[]): CohortCbam {
  const exposed = firms.filter((f) => f.cbam.exposed);
  const priced = exposed.filter((f) => f.cbam.cost);
  const sum = (list: readonly FirmFigures[], pick: (f: FirmFigures) => number) => orderedSum(list.map(pick));
  const quantityOf = (f: FirmFigures) => f.cbam.quantity ?? 0;
  const bySector = [...CBAM_SECTORS, null].flatMap((sector): CbamSectorCount[] => {
    const inSector = exposed.filter((f) => f.cbam.sector === sector);
    if (inSector.length === 0) return [];
    const costed = inSector.filter((f) => f.cbam.cost);
    return [
      {
        sector,
        unit: sector ? unitOf(sector) : 'tonne',
        firms: inSector.length,
        quantity: sum(inSector, quantityOf),
        lowEur: sum(costed, (f) => f.cbam.cost!.lowEur),
        highEur: sum(costed, (f) => f.cbam.cost!.highEur),
      },
    ];
  });
  const inputs = FIRM_CBAM_ASSUMPTIONS;
  return {
    exposed: exposed.length,
    estimated: priced.length,
    tonnes: sum(exposed.filter((f) => f.cbam.unit === 'tonne'), quantityOf),
    mwh: sum(exposed.filter((f) => f.cbam.unit === 'MWh'), quantityOf),
    cost: {
      lowEur: sum(priced, (f) => f.cbam.cost!.lowEur),
      highEur: sum(priced, (f) => f.cbam.cost!.highEur),
      lowCny: sum(priced, (f) => f.cbam.cost!.lowCny),
      highCny: sum(priced, (f) => f.cbam.cost!.highCny),
    },
    bySector,
    assumptions: { year: inputs.year, certificatePriceEur: inputs.certificatePriceEur, cnyPerEur: inputs.cnyPerEur },
  };
}

/**
 * Aggregates scored firms into the cohort view: ladder distribution, quadrants and map points,
 * spread of every dimension and of both axes, the recommendations most often in a firm's first
 * five, CBAM exposure and completeness. Pure; every statistic is independent of the firms' order.
 */
export function aggregateCohort(firms: readonly FirmFigures[]): Cohort {
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, firms.filter((f) => f.quadrant === q).length])) as Record<Quadrant, number>;
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, summarise(firms.map((f) => f.dimensions[d]))])) as Record<DimensionId, Spread | null>;
  const provisional = firms.filter((f) => f.provisional);
  return {
    count: firms.length,
    ladder: countLadder(firms),
    quadrants,
    points: firms.map((f) => ({ id: f.id, T: f.T, R: f.R, quadrant: f.quadrant })),
    dimensions,
    axes: { T: summarise(firms.map((f) => f.T)), R: summarise(firms.map((f) => f.R)) },
    recommendations: countRecommendations(firms),
    cbam: countCbam(firms),
    completeness: {
      answeredShare: summarise(firms.map((f) => f.answeredShare)),
      provisional: provisional.length,
      withOpen: firms.filter((f) => f.answered < f.total).length,
      dontKnow: firms.reduce((s, f) => s + f.dontKnow, 0),
      provisionalIds: provisional.map((f) => f.id),
    },
  };
}

/** Scores every firm once and aggregates them: the whole cohort from {id, name, answers}. */
export function buildCohort(instrument: Instrument, rules: readonly Rule[], firms: readonly CohortFirm[]): Cohort {
  return aggregateCohort(firms.map((f) => firmFigures(instrument, rules, f)));
}
