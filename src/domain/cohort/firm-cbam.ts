import type { Answers } from '../assessment/assessment';
import { hasValue } from '../assessment/answer-value';
import { CBAM_SECTOR_RULES, isCbamSector, type CbamSector, type CbamUnit } from '../cbam/cbam-rules';
import { defaultCbamInput, estimateCbam } from '../cbam/estimate-cbam';

/** One firm's CBAM exposure as the cohort view counts it; every cost is an ESTIMATE at default inputs. */
export interface FirmCbam {
  /** The profile says the firm exports CBAM-covered goods to the EU. */
  exposed: boolean;
  /** Its industry when that is a CBAM sector, else null (e.g. machinery with steel parts). */
  sector: CbamSector | null;
  /** Quantity a year stated in the profile (t, or MWh for electricity), or null when not given. */
  quantity: number | null;
  unit: CbamUnit;
  /**
   * Yearly cost range in EUR and CNY: low = the sector's default emissions without mark-up (about what
   * verified data near the default would cost), high = the marked-up default value (no carbon accounting).
   * Null when the sector or quantity is missing, or the estimate refuses the figures.
   */
  cost: { lowEur: number; highEur: number; lowCny: number; highCny: number } | null;
}

const NOT_EXPOSED: FirmCbam = { exposed: false, sector: null, quantity: null, unit: 'tonne', cost: null };

/**
 * Reads a firm's CBAM exposure from its profile answers and estimates its yearly cost with the sector's
 * default inputs (2026 import year, Q1 2026 certificate price, no carbon price paid at origin).
 */
export function firmCbam(answers: Answers): FirmCbam {
  const goods = answers['profile.cbam_goods'];
  if (!hasValue(goods) || goods!.value !== 'yes') return NOT_EXPOSED;
  const industry = answers['profile.industry'];
  const sector = hasValue(industry) && isCbamSector(industry!.value) ? industry!.value : null;
  const tonnes = answers['profile.cbam_tonnes'];
  const raw = hasValue(tonnes) ? tonnes!.value : undefined;
  const quantity = typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : null;
  const unit = sector ? CBAM_SECTOR_RULES[sector].unit : 'tonne';
  if (!sector || quantity === null) return { exposed: true, sector, quantity, unit, cost: null };
  const estimate = estimateCbam({ ...defaultCbamInput(sector), tonnesPerYear: quantity });
  if (!estimate.ok) return { exposed: true, sector, quantity, unit, cost: null };
  return {
    exposed: true,
    sector,
    quantity,
    unit,
    cost: {
      lowEur: estimate.verified.costPerYearEur,
      highEur: estimate.defaultValue.costPerYearEur,
      lowCny: estimate.verified.costPerYearCny,
      highCny: estimate.defaultValue.costPerYearCny,
    },
  };
}
