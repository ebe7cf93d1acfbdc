import type { AxisComponent, Gate } from '@/domain/instrument/instrument-schema';

/**
 * The ladder's gates (DESIGN §4). A rung is reached only when every gate of it and of the
 * rungs below passes; overseas revenue share is never a gate, and a plant abroad is only one
 * of four integrated gates.
 */
export const gates: Gate[] = [
  {
    id: 'regular_exports',
    rung: 'product',
    test: { q: 'profile.export_status', is: ['regular'] },
    source: 'Paper §2.1 level one: products sold overseas through general trade',
  },
  {
    id: 'own_brand_share',
    rung: 'brand',
    test: { q: 'brand.own_share', atLeast: 30 },
    source: 'Paper §2.1 level two: own brand awareness; §4.2 own-brand share (15.9% in Zhejiang)',
  },
  {
    id: 'own_channels',
    rung: 'brand',
    test: { q: 'brand.channels', is: ['own_subsidiary', 'ecommerce_store', 'overseas_warehouse'] },
    source: 'Paper §2.1 level two: own sales channels, cross-border e-commerce, overseas warehouses',
  },
  {
    id: 'localised_marketing',
    rung: 'brand',
    test: { q: 'brand.marketing', is: ['localised', 'local_team'] },
    source: 'Paper §2.1 level two: localised marketing',
  },
  {
    id: 'local_operations',
    rung: 'integrated',
    test: {
      all: [
        { any: [{ q: 'loc.production', is: ['assembly', 'full'] }, { q: 'loc.service', is: ['own_team', 'own_centres'] }] },
        { q: 'loc.local_managers', is: ['some', 'most'] },
      ],
    },
    source: 'Paper §2.1 level three: localised manufacturing and service systems, cross-cultural management',
  },
  {
    id: 'rules_or_chain',
    rung: 'integrated',
    test: { any: [{ axis: 'T', atLeast: 50 }, { axis: 'R', atLeast: 50 }] },
    source: 'Paper §2.1: the capability to define rules or allocate resources globally; §2.2 the two models',
  },
  {
    id: 'compliance_risk',
    rung: 'integrated',
    test: {
      all: [
        { q: 'comp.programme', is: ['documented', 'system'] },
        { q: 'comp.country_risk', is: ['formal'] },
      ],
    },
    source: 'Paper §2.1: compliance operation systems and the capability to manage risks globally',
  },
  {
    id: 'international_management',
    rung: 'integrated',
    test: {
      all: [
        { q: 'tal.overseas_experience', is: ['one', 'several'] },
        { q: 'tal.decision_rights', is: ['operations', 'strategy'] },
      ],
    },
    source: 'Paper §2.1 (cross-cultural management), §4.2 (international talent)',
  },
];

/** Rule export T: R&D, standards and licensing; chain integration R: M&A and capital, supply chain and upstream control. */
export const axes: { T: AxisComponent[]; R: AxisComponent[] } = {
  T: [
    { dimension: 'rd', weight: 0.4 },
    { dimension: 'standards', weight: 0.4 },
    { question: 'rd.licensing_out', weight: 0.2 },
  ],
  // M&A and capital weigh most: the model's path starts there (§2.2 “cross-border M&A → vertical
  // integration → resource control”); upstream control is its end point, counted on its own too.
  R: [
    { dimension: 'capital', weight: 0.5 },
    { dimension: 'supply', weight: 0.3 },
    { question: 'sup.upstream', weight: 0.2 },
  ],
};
