import * as z from 'zod/mini';
import { CBAM_SECTORS } from './cbam-sectors';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const share = z.number().check(z.gte(0), z.lte(1));
const positive = z.number().check(z.gt(0));
/** Id of an entry of the sources list (src/content/cbam/sources.ts); its citation text is in the locale files. */
const sourceId = z.string().check(z.regex(/^[a-z0-9_]+$/));
const perSector = <T extends z.core.SomeType>(value: T) =>
  z.strictObject(Object.fromEntries(CBAM_SECTORS.map((s) => [s, value])) as Record<(typeof CBAM_SECTORS)[number], T>);

/** A quarterly 2026 certificate price: published (with its date) or still due (with the scheduled date). */
const quarterPriceSchema = z.union([
  z.strictObject({ quarter: z.number().check(z.int(), z.gte(1), z.lte(4)), eur: positive, published: isoDate, source: sourceId }),
  z.strictObject({ quarter: z.number().check(z.int(), z.gte(1), z.lte(4)), eur: z.null(), due: isoDate, source: sourceId }),
]);

/**
 * Every constant of the CBAM estimate, dated: a yearly update is a change of this data (and of its test).
 * Numbers that are assumptions rather than published values say so in `status`.
 */
export const cbamConstantsSchema = z.strictObject({
  /** The day these values were last checked. */
  asOf: isoDate,
  /** Share of the benchmark still deducted as free allocation, from `firstYear` on, one value a year; 0 after the last. */
  cbamFactors: z.strictObject({ firstYear: z.number().check(z.int()), values: z.array(share).check(z.minLength(1)), source: sourceId }),
  /** Mark-up included in the published default values, per sector, for 2026, 2027 and 2028 onwards. */
  markUps: z.strictObject({ bySector: perSector(z.tuple([share, share, share])), source: sourceId }),
  /** Cross-sectoral correction factor applied with the CBAM factor. */
  cscf: z.strictObject({ value: share, status: z.enum(['published', 'assumed']), source: sourceId }),
  /** De minimis: an importer whose yearly net mass does not exceed this is exempt; not for the sectors listed. */
  deMinimis: z.strictObject({ tonnes: positive, rule: z.literal('not_exceeding'), excluded: z.array(z.enum(CBAM_SECTORS)), source: sourceId }),
  /** 2026 imports are priced by the quarter of import; from `weeklyFrom` on, by the week. */
  certificatePrices: z.strictObject({ year: z.number().check(z.int()), quarters: z.array(quarterPriceSchema).check(z.length(4)), weeklyFrom: z.number().check(z.int()) }),
  /** The two benchmark periods of Implementing Regulation (EU) 2025/2620, marked (1) and (2) in its annex: last year of period (1). */
  benchmarkPeriods: z.strictObject({ firstPeriodUntil: z.number().check(z.int()), status: z.enum(['published', 'assumed']), source: sourceId }),
  /** A reference closing price of China's national carbon market: not what a firm paid. */
  chinaEts: z.strictObject({ cnyPerTonne: positive, date: isoDate, source: sourceId }),
  /** An assumed exchange rate; the user should enter the rate they plan with. */
  cnyPerEur: z.strictObject({ value: positive, status: z.literal('assumed') }),
  /** Representative CN codes used when only a sector is known, and the stand-in emissions for electricity. */
  sectorFallback: z.strictObject({
    codes: z.strictObject({
      iron_steel: z.string(), aluminium: z.string(), cement: z.string(), fertilisers: z.string(), hydrogen: z.string(), electricity: z.string(),
    }),
    electricityEmissions: z.strictObject({ tCo2PerMwh: positive, source: sourceId }),
  }),
  /** The Commission's proposal to extend CBAM to downstream goods: a proposal, not law. */
  downstreamProposal: z.strictObject({ date: isoDate, reference: z.string(), status: z.literal('proposal'), wouldApplyFrom: isoDate, products: positive, source: sourceId }),
  /** The study's range of the extra cost per tonne exported, CNY (paper §4.1). */
  paperRange: z.strictObject({ low: positive, high: positive, source: sourceId }),
  /** Certificate prices at which the sensitivity table is computed (the user's own price is added). */
  sensitivityPricesEur: z.array(positive).check(z.minLength(2)),
  /** Whether the China default values were checked against the correcting act that replaced Annex I. */
  defaultValuesCorrection: z.strictObject({ act: sourceId, published: isoDate, checked: z.boolean() }),
});

/** Every dated constant of the CBAM estimate. */
export type CbamConstants = z.infer<typeof cbamConstantsSchema>;
