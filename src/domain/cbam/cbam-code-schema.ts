import * as z from 'zod/mini';
import { CBAM_ROUTES, CBAM_SECTORS } from './cbam-sectors';

/** A CN code as the acts give it: 4, 6 or 8 digits, or 10 (TARIC) where the correcting act splits a code. */
export const CN_CODE = /^\d{4}(\d{2}){0,3}$/;
const cnCode = z.string().check(z.regex(CN_CODE));
const tonnesCo2 = z.number().check(z.gte(0), z.lte(100));

/**
 * A benchmark column of Implementing Regulation (EU) 2025/2620, Annex point 5, by indicator: a route letter
 * (C = carbon steel via BF/BOF …), optionally followed by the period (1) or (2); a bare period; or '-' where
 * the value depends on neither.
 */
export const BENCHMARK_LABEL = /^(-|[A-HJKL][12]?|[12])$/;
const benchmarkColumn = z.record(z.string().check(z.regex(BENCHMARK_LABEL)), tonnesCo2);

/** Where a value was read: the act, and for the default values the page of the Official Journal. */
const citation = z.strictObject({ act: z.string().check(z.regex(/^[a-z0-9_]+$/)), page: z.optional(z.number().check(z.int(), z.gte(1))) });

/** China's default value for a CN code, as Annex I of Implementing Regulation (EU) 2025/2621 publishes it. */
export const chinaDefaultSchema = z.strictObject({
  /** Direct and indirect parts as listed (for information; the total is what counts). */
  direct: z.nullable(tonnesCo2),
  indirect: z.nullable(tonnesCo2),
  /** Default value without mark-up, t CO₂e per tonne of goods. */
  total: tonnesCo2,
  /** The act's own columns for 2026, 2027 and 2028 onwards: the mark-up is already included. */
  withMarkUp: z.tuple([tonnesCo2, tonnesCo2, tonnesCo2]),
  /** The production route(s) the act names for this default value, determining the benchmark to use. */
  route: z.array(z.enum(CBAM_ROUTES)),
  /** 'other_countries' where the China table shows '–' and the act refers to that table. */
  table: z.enum(['china', 'other_countries']),
  source: citation,
});
export type ChinaDefault = z.infer<typeof chinaDefaultSchema>;

/** The CBAM benchmark of a CN code in both columns: A for actual (verified) emissions, B for default values. */
export const benchmarkSchema = z.strictObject({ a: benchmarkColumn, b: benchmarkColumn, source: citation });
export type CbamBenchmark = z.infer<typeof benchmarkSchema>;

/** Why a value a covered row should have is absent. The app then shows the labelled sector fallback. */
export const MISSING_REASONS = ['not_in_annex_iii', 'no_free_allocation'] as const;

/** Facts about a row that change how its values are read; each has an explanation in the locale files. */
export const ROW_NOTES = ['ex_code', 'taric_split', 'route_not_in_column_b', 'route_not_given', 'no_exports_from_china'] as const;

/** One row of the CBAM code table. Display names are in locales/<lng>/cbam-codes.json, keyed by code. */
export const cbamCodeRowSchema = z.strictObject({
  code: cnCode,
  sector: z.enum(CBAM_SECTORS),
  /** Listed in Annex I of Regulation (EU) 2023/956 as amended. */
  covered: z.boolean(),
  china: z.optional(chinaDefaultSchema),
  chinaMissing: z.optional(z.enum(MISSING_REASONS)),
  benchmark: z.optional(benchmarkSchema),
  benchmarkMissing: z.optional(z.enum(MISSING_REASONS)),
  notes: z.optional(z.array(z.enum(ROW_NOTES))),
  /** For rows that are not covered: the act that leaves them out. */
  coverage: z.optional(citation),
});
export type CbamCodeRow = z.infer<typeof cbamCodeRowSchema>;

/** The whole table: unique codes. */
export const cbamCodeTableSchema = z.array(cbamCodeRowSchema).check(
  z.refine((rows) => new Set(rows.map((r) => r.code)).size === rows.length, { message: 'duplicate CN code' }),
);
