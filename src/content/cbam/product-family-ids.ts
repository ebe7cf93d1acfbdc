/**
 * The option ids of the profile question `profile.cbam_product`, each a family of CBAM goods (Annex I of
 * Regulation (EU) 2023/956); `product-families.ts` maps them to CN codes. Apart from that table so the
 * questionnaire does not load it.
 */
export const PRODUCT_FAMILY_IDS = [
  'pig_iron_ferroalloys', 'semi_finished_steel', 'flat_steel', 'long_steel', 'stainless_steel', 'alloy_steel',
  'steel_tubes', 'steel_structures', 'fasteners', 'other_steel_articles', 'unwrought_aluminium', 'aluminium_semis',
  'aluminium_articles', 'other_aluminium_articles', 'cement', 'ammonia_nitric', 'nitrogen_fertilisers',
  'mixed_fertilisers', 'hydrogen', 'electricity',
] as const;
/** One product family, by the option id of `profile.cbam_product`. */
export type ProductFamilyId = (typeof PRODUCT_FAMILY_IDS)[number];
