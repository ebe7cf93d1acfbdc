import type { CbamCodeRow } from '@/domain/cbam/cbam-code-schema';
import { CBAM_CODES } from './index';
import { PRODUCT_FAMILY_IDS, type ProductFamilyId } from './product-family-ids';

export { PRODUCT_FAMILY_IDS, type ProductFamilyId } from './product-family-ids';

interface FamilyDefinition {
  prefixes: readonly string[];
  /** Chosen as the family's most common export from China. */
  representative: string;
}

const DEFINITIONS: Record<ProductFamilyId, FamilyDefinition> = {
  // 7202: only ferro-manganese (7202 1), ferro-chromium (7202 4) and ferro-nickel (7202 6) are covered.
  pig_iron_ferroalloys: { prefixes: ['7201', '72021', '72024', '72026', '7203', '7205'], representative: '7201' },
  semi_finished_steel: { prefixes: ['7206', '7207', '7218', '7224'], representative: '72071114' },
  flat_steel: { prefixes: ['7208', '7209', '7210', '7211', '7212'], representative: '7208' },
  long_steel: { prefixes: ['7213', '7214', '7215', '7216', '7217'], representative: '7213' },
  stainless_steel: { prefixes: ['7219', '7220', '7221', '7222', '7223'], representative: '721933' },
  alloy_steel: { prefixes: ['7225', '7226', '7227', '7228', '7229'], representative: '722830' },
  steel_tubes: { prefixes: ['7303', '7304', '7305', '7306'], representative: '73063077' },
  steel_structures: { prefixes: ['7301', '7302', '7307', '7308', '7309', '7310', '7311'], representative: '7308' },
  fasteners: { prefixes: ['7318'], representative: '731815' },
  other_steel_articles: { prefixes: ['7326'], representative: '73269098' },
  unwrought_aluminium: { prefixes: ['7601'], representative: '7601' },
  aluminium_semis: { prefixes: ['7603', '7604', '7605', '7606', '7607'], representative: '7606' },
  aluminium_articles: { prefixes: ['7608', '7609', '7610', '7611', '7612', '7613', '7614'], representative: '76109090' },
  other_aluminium_articles: { prefixes: ['7616'], representative: '76169990' },
  cement: { prefixes: ['2523', '25070080'], representative: '25232900' },
  ammonia_nitric: { prefixes: ['2808', '2814', '28342100'], representative: '28141000' },
  nitrogen_fertilisers: { prefixes: ['3102'], representative: '31021019' },
  // 3105 60 00 (phosphorus and potassium only) is not covered: it is a row of its own, marked so.
  mixed_fertilisers: { prefixes: ['3105'], representative: '31052010' },
  hydrogen: { prefixes: ['28041000'], representative: '28041000' },
  electricity: { prefixes: ['2716'], representative: '27160000' },
};

/** A product family with the covered codes of the table that belong to it. */
export interface ProductFamily extends FamilyDefinition {
  id: ProductFamilyId;
  codes: readonly string[];
}

const inFamily = (row: CbamCodeRow, prefixes: readonly string[]) => row.covered && prefixes.some((p) => row.code.startsWith(p));

/** Every family with its codes, in the order of the profile question's options. */
export const PRODUCT_FAMILIES: readonly ProductFamily[] = PRODUCT_FAMILY_IDS.map((id) => ({
  id,
  ...DEFINITIONS[id],
  codes: CBAM_CODES.filter((r) => inFamily(r, DEFINITIONS[id].prefixes)).map((r) => r.code),
}));

/** True when `x` is one of the family ids. */
export function isProductFamilyId(x: unknown): x is ProductFamilyId {
  return typeof x === 'string' && (PRODUCT_FAMILY_IDS as readonly string[]).includes(x);
}

/** The family of an id, or undefined. */
export function productFamily(id: string): ProductFamily | undefined {
  return PRODUCT_FAMILIES.find((f) => f.id === id);
}
