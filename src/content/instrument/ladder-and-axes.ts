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
    // The firm's own brand or company name on the product itself, not the buyer's: for a consumer brand
    // and for a B2B supplier alike (a component sold under its maker's name to foreign manufacturers).
    id: 'own_brand_share',
    rung: 'brand',
    test: { q: 'brand.own_share', atLeast: 30 },
    source: 'Paper §2.1 level two: own brand awareness; §4.2 own-brand share (15.9% in Zhejiang)',
  },
  {
    // For a consumer seller an own route to the buyer is a sales company, an online store or stock in the
    // market; a B2B firm may also reach it by serving foreign business customers directly (key accounts).
    id: 'own_channels',
    rung: 'brand',
    test: {
      any: [
        { q: 'brand.channels', is: ['own_subsidiary', 'ecommerce_store', 'overseas_warehouse'] },
        { all: [{ q: 'profile.sales_model', is: ['b2b', 'both'] }, { q: 'brand.channels', is: ['direct_accounts'] }] },
      ],
    },
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
        { q: 'comp.country_risk', is: ['written_before', 'written_yearly'] },
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
        { q: 'tal.decision_rights', is: ['operations'] },
      ],
    },
    source: 'Paper §2.1 (cross-cultural management), §4.2 (international talent)',
  },
];

/**
 * The model axes, from answers (each at most 20% of its axis, so no single answer moves a firm across
 * the 50-point line). Rule export T: R&D that makes technology one's own, licensing it out, and writing
 * standards — holding other people's certificates is rule-taking and not on the axis (§3.1). Chain
 * integration R: the path “cross-border M&A or greenfield investment → vertical integration → resource
 * control” (§2.2, §3.2); financing, FX and insurance are risk management and stay in the profile.
 */
export const axes: { T: AxisComponent[]; R: AxisComponent[] } = {
  T: [
    { question: 'rd.intensity', weight: 0.1 },
    { question: 'rd.patents_abroad', weight: 0.15 },
    { question: 'rd.core_tech', weight: 0.1 },
    { question: 'rd.overseas_rd', weight: 0.1 },
    { question: 'rd.licensing_out', weight: 0.15 },
    { question: 'std.bodies', weight: 0.1 },
    { question: 'std.contributions', weight: 0.15 },
    { question: 'std.lead', weight: 0.15 },
  ],
  R: [
    { question: 'cap.acquisitions', weight: 0.2 },
    { question: 'cap.integration', weight: 0.1 },
    { question: 'cap.joint_ventures', weight: 0.1 },
    { question: 'cap.greenfield', weight: 0.15 },
    { question: 'sup.resources', weight: 0.2 },
    { question: 'sup.stages', weight: 0.15 },
    { question: 'sup.recycling', weight: 0.05 },
    { question: 'sup.parks', weight: 0.05 },
  ],
};
