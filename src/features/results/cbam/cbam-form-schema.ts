import * as z from 'zod/mini';
import { CBAM_SECTOR_RULES, isCbamSector, type CbamSector } from '@/domain/cbam/cbam-rules';
import { defaultCbamInput } from '@/domain/cbam/estimate-cbam';
import {
  checkCbamFigure,
  checkCbamShare,
  checkCbamYear,
  type CbamBoundedField,
  type CbamErrorCode,
  type CbamInput,
} from '@/domain/cbam/validate-cbam-input';

/** Why a form field is refused: the domain's codes plus the two that only typed text can produce. */
export type CbamFieldIssue = CbamErrorCode | 'required' | 'not_a_number';

/** The form holds text as typed, so that "abc" or "-5" can be shown back with a message instead of vanishing. */
export interface CbamFormValues {
  sector: string;
  quantity: string;
  dataSource: 'default' | 'verified';
  emissions: string;
  benchmark: string;
  year: string;
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
    sector: checked((raw) => (isCbamSector(raw) ? null : 'unknown_sector')),
    quantity: checked((raw) => figureIssue('tonnesPerYear', raw)),
    dataSource: z.enum(['default', 'verified']),
    emissions: z.string(),
    benchmark: checked((raw) => figureIssue('benchmark', raw)),
    year: checked((raw) => textIssue(raw, checkCbamYear)),
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

/** Turns valid form text into the domain's input. */
function toCbamInput(v: z.infer<typeof fields>): CbamInput {
  return {
    sector: v.sector as CbamSector,
    tonnesPerYear: parseDecimal(v.quantity),
    emissionsPerTonne: v.dataSource === 'verified' ? parseDecimal(v.emissions) : null,
    benchmark: parseDecimal(v.benchmark),
    year: parseDecimal(v.year),
    certificatePriceEur: parseDecimal(v.certificatePrice),
    originCarbonPrice: parseDecimal(v.originPrice),
    originPriceShare: parseDecimal(v.originShare) / 100,
    cnyPerEur: parseDecimal(v.cnyPerEur),
  };
}

/** The form schema: text in, the domain's CbamInput out; each issue's message is a CbamFieldIssue code. */
export const cbamFormSchema = z.pipe(fields, z.transform(toCbamInput));

/** The form's starting text for a sector and quantity (the default value, 2026, the Q1 2026 price). */
export function defaultCbamFormValues(sector: CbamSector, tonnes: number): CbamFormValues {
  const input = defaultCbamInput(sector);
  return {
    sector,
    quantity: String(tonnes),
    dataSource: 'default',
    emissions: '',
    benchmark: String(CBAM_SECTOR_RULES[sector].benchmark),
    year: String(input.year),
    certificatePrice: String(input.certificatePriceEur),
    originPrice: String(input.originCarbonPrice),
    originShare: String(input.originPriceShare * 100),
    cnyPerEur: String(input.cnyPerEur),
  };
}
