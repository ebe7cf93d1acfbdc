import type { Option } from '@/domain/instrument/instrument-schema';
import type { Predicate } from '@/domain/instrument/vocabulary';

/** Scored options from [id, credit] pairs, in display order. */
export const scored = (...pairs: [string, number][]): Option[] => pairs.map(([id, value]) => ({ id, value }));

/** Unscored options (firm profile, facts). */
export const plain = (...ids: string[]): Option[] => ids.map((id) => ({ id }));

export const YES_NO: Option[] = [
  { id: 'yes', value: 1 },
  { id: 'no', value: 0 },
];

/** Sells abroad at all, occasionally or regularly. */
export const EXPORTS_AT_ALL: Predicate = { q: 'profile.export_status', is: ['occasional', 'regular'] };

/** Shown for firms with any operation of their own abroad (plant, service team or sales company). */
export const HAS_OVERSEAS_OPERATION: Predicate = {
  any: [
    { q: 'loc.production', is: ['assembly', 'full'] },
    { q: 'loc.service', is: ['own_team', 'own_centres'] },
    { q: 'brand.channels', is: ['own_subsidiary'] },
  ],
};

/**
 * Industries whose products have, or will soon have, an EU digital product passport: batteries
 * (Regulation (EU) 2023/1542, from February 2027; vehicles and battery materials through their
 * batteries) and the first ESPR priorities (Regulation (EU) 2024/1781, working plan of 16 April 2025:
 * textiles and footwear, furniture, tyres, iron and steel, aluminium, energy-related products and
 * electronics). Elsewhere the question cannot apply and is not asked.
 */
export const PASSPORT_INDUSTRIES = [
  'batteries_new_energy', 'vehicles', 'auto_parts', 'materials_mining', 'electronics', 'appliances', 'textiles_apparel',
  'footwear_luggage', 'furniture_home', 'iron_steel', 'aluminium', 'metal_products',
];
