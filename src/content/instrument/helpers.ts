import type { Option } from '@/domain/instrument/instrument-schema';

/** Scored options from [id, credit] pairs, in display order. */
export const scored = (...pairs: [string, number][]): Option[] => pairs.map(([id, value]) => ({ id, value }));

/** Unscored options (firm profile). */
export const plain = (...ids: string[]): Option[] => ids.map((id) => ({ id }));

export const YES_NO: Option[] = [
  { id: 'yes', value: 1 },
  { id: 'no', value: 0 },
];

/** Shown for firms with any operation of their own abroad (plant, service team or sales company). */
export const HAS_OVERSEAS_OPERATION = {
  any: [
    { q: 'loc.production', is: ['assembly', 'full'] },
    { q: 'loc.service', is: ['own_team', 'own_centres'] },
    { q: 'brand.channels', is: ['own_subsidiary'] },
  ],
};
