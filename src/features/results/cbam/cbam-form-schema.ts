import * as z from 'zod/mini';
import type { CbamCodeRow } from '@/domain/cbam/cbam-code-schema';
import { defaultBenchmarkFor, defaultRouteChoice, type RouteChoice } from '@/domain/cbam/cbam-code-values';
import { certificatePriceFor, codeValues, latestPublishedPrice } from '@/domain/cbam/code-input';
import {
  checkCbamFigure,
  checkCbamShare,
  checkCbamYear,
  type CbamBoundedField,
  type CbamErrorCode,
  type CbamInput,
} from '@/domain/cbam/validate-cbam-input';
import { CBAM, fallbackRowOf } from './cbam-data';

/** Why a form field is refused: the domain's codes plus the two that only typed text can produce. */
export type CbamFieldIssue = CbamErrorCode | 'required' | 'not_a_number';

/** The form holds text as typed, so that "abc" or "-5" can be shown back with a message instead of vanishing. */
export interface CbamFormValues {
  /** The CN code of the chosen row, '' until one is chosen. */
  code: string;
  quantity: string;
  dataSource: 'default' | 'verified';
  emissions: string;
  /** Production route of the verified data (a route letter, '-' for the route-independent value), '' when none applies. */
  route: string;
  verifiedBenchmark: string;
  defaultEmissions: string;
  year: string;
  /** Quarter of import, '1'–'4' (2026 only). */
  quarter: string;
  certificatePrice: string;
  originPrice: string;
  /** Percent, 0–100 (the domain takes a 0–1 share). */
  originShare: string;
  cnyPerEur: string;
}

const FULL_WIDTH = /[０-９．，－＋]/g;
const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** Reads a typed decimal (full-width digits from a Chinese IME and 1,234.5 grouping allowed); NaN when it is not one. */
export function parseDecimal(raw: string): number {
  const text = raw.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s/g, '');
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  return Number.NaN;
}

function textIssue(raw: string | undefined, check: (n: number) => CbamFieldIssue | null): CbamFieldIssue | null {
  if (raw === undefined || raw.trim() === '') return 'required';
  const n = parseDecimal(raw);
  return Number.isNaN(n) ? 'not_a_number' : check(n);
}

/** The problem with a bounded figure typed into a field, or null. */
export function figureIssue(field: CbamBoundedField, raw: string | undefined): CbamFieldIssue | null {
  return textIssue(raw, (n) => checkCbamFigure(field, n));
}

/** The problem with a percentage typed into the share field, or null. */
export function percentIssue(raw: string | undefined): CbamFieldIssue | null {
  return textIssue(raw, (n) => checkCbamShare(n / 100));
}

const checked = (issueOf: (raw: string) => CbamFieldIssue | null) =>
  z.string().check(
    z.superRefine((raw, ctx) => {
      const issue = issueOf(raw);
      if (issue) ctx.addIssue({ code: 'custom', message: issue, input: raw });
    }),
  );

const fields = z
  .object({
    code: z.string(),
    quantity: checked((raw) => figureIssue('tonnesPerYear', raw)),
    dataSource: z.enum(['default', 'verified']),
    emissions: z.string(),
    route: z.string(),
    verifiedBenchmark: checked((raw) => figureIssue('benchmark', raw)),
    defaultEmissions: checked((raw) => figureIssue('emissionsPerTonne', raw)),
    year: checked((raw) => textIssue(raw, checkCbamYear)),
    quarter: z.string(),
    certificatePrice: checked((raw) => figureIssue('certificatePriceEur', raw)),
    originPrice: checked((raw) => figureIssue('originCarbonPrice', raw)),
    originShare: checked(percentIssue),
    cnyPerEur: checked((raw) => figureIssue('cnyPerEur', raw)),
  })
  .check(
    // Own emissions are needed only when the user says they have verified data.
    z.superRefine((v, ctx) => {
      const issue = v.dataSource === 'verified' ? figureIssue('emissionsPerTonne', v.emissions) : null;
      if (issue) ctx.addIssue({ code: 'custom', message: issue, path: ['emissions'], input: v.emissions });
    }),
  );

/** The covered row a form's code names, or null (no code yet, or a code CBAM does not cover). */
export function coveredRowOf(code: string): CbamCodeRow | null {
  const row = CBAM.row(code);
  return row?.covered ? row : null;
}

/** Turns valid form text into the domain's input; the default value's benchmark follows from the code and year. */
function toCbamInput(v: z.infer<typeof fields>): CbamInput | null {
  const row = coveredRowOf(v.code);
  if (!row) return null;
  const year = parseDecimal(v.year);
  return {
    sector: row.sector,
    tonnesPerYear: parseDecimal(v.quantity),
    year,
    verifiedEmissions: v.dataSource === 'verified' ? parseDecimal(v.emissions) : null,
    verifiedBenchmark: parseDecimal(v.verifiedBenchmark),
    defaultEmissions: parseDecimal(v.defaultEmissions),
    defaultBenchmark: defaultBenchmarkFor(row, year, CBAM.constants).value,
    certificatePriceEur: parseDecimal(v.certificatePrice),
    originCarbonPrice: parseDecimal(v.originPrice),
    originPriceShare: parseDecimal(v.originShare) / 100,
    cnyPerEur: parseDecimal(v.cnyPerEur),
  };
}

/** The form schema: text in, the domain's CbamInput out (null while no covered code is chosen); messages are CbamFieldIssue codes. */
export const cbamFormSchema = z.pipe(fields, z.transform(toCbamInput));

/** Three decimals at most, as the acts publish them; no trailing zeros. */
const figure = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * The official values a code gives for a year and route, as form text: set when the code, year or route changes
 * (the user's edits of these fields then start again from the official values).
 */
export function officialFormValues(code: string, year: number, route: RouteChoice | null): Pick<CbamFormValues, 'route' | 'verifiedBenchmark' | 'defaultEmissions'> | null {
  const row = coveredRowOf(code);
  if (!row) return null;
  const chosen = route ?? defaultRouteChoice(row, year, CBAM.constants);
  const values = codeValues(row, year, chosen, CBAM.constants, fallbackRowOf(row));
  if (!values) return null;
  return { route: chosen ?? '', verifiedBenchmark: figure(values.verifiedBenchmark), defaultEmissions: figure(values.defaultEmissions) };
}

/** The certificate price, as form text, for a year and (in 2026) quarter of import. */
export function priceFormValue(year: number, quarter: number | null): string {
  return String(certificatePriceFor(CBAM.constants, year, quarter).eur);
}

/** The form's starting text: the code (if any) at its official values, 2026, the latest published quarter. */
export function defaultCbamFormValues(code: string, tonnes: number): CbamFormValues {
  const c = CBAM.constants;
  const latest = latestPublishedPrice(c);
  const official = officialFormValues(code, c.certificatePrices.year, null);
  return {
    code,
    quantity: String(tonnes),
    dataSource: 'default',
    emissions: '',
    route: official?.route ?? '',
    verifiedBenchmark: official?.verifiedBenchmark ?? '0',
    defaultEmissions: official?.defaultEmissions ?? '0',
    year: String(c.certificatePrices.year),
    quarter: String(latest.quarter),
    certificatePrice: String(latest.eur),
    originPrice: String(c.chinaEts.cnyPerTonne),
    originShare: '0',
    cnyPerEur: String(c.cnyPerEur.value),
  };
}
