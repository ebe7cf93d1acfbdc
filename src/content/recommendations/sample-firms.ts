import { answersFromValues, type CompactValue } from '@/domain/assessment/answers-from-values';
import type { Answers } from '@/domain/assessment/assessment';
import { REFERENCE_FIRMS } from '@/content/reference-firms';

/**
 * Answer sets used by the recommendation tests to show that every rule can fire: near-empty
 * exporters with profile variants (EU, US, Mexico / Southeast Asia, CBAM), a pre-exporter, an
 * SME OEM exporter and a technology firm with a plant abroad. Test data, not shown in the app.
 */
export interface SampleFirm {
  id: string;
  answers: Answers;
}

const sme = { 'profile.employees': 'n20_299', 'profile.revenue': 'm50_200' };
const exporter = (markets: string[], extra: Record<string, CompactValue> = {}): Record<string, CompactValue> => ({
  ...sme,
  'profile.industry': 'machinery',
  'profile.export_status': 'regular',
  'profile.years_exporting': 'y6_10',
  'profile.overseas_share': 40,
  'profile.markets': markets,
  'profile.cbam_goods': 'no',
  ...extra,
});

/** A firm that has done none of what the dimensions ask (each question at its worst option). */
const worst: Record<string, CompactValue> = {
  'rd.intensity': 0,
  'rd.patents_abroad': 'none',
  'rd.core_tech': 'buyer_design',
  'rd.overseas_rd': 'none',
  'rd.licensing_out': 'none',
  'std.certifications': ['none'],
  'std.bodies': 'none',
  'std.contributions': 'none',
  'std.lead': 'none',
  'std.product_passport': 'no',
  'brand.own_share': 0,
  'brand.channels': ['none'],
  'brand.marketing': 'trade_fairs_only',
  'brand.trademarks': 'none',
  'brand.storytelling': 'never',
  'loc.production': 'none',
  'loc.service': 'from_china',
  'cap.acquisitions': 'none',
  'cap.joint_ventures': 'none',
  'cap.financing': ['domestic_bank'],
  'cap.fx': 'none',
  'cap.credit_insurance': 'none',
  'cap.greenfield': 'none',
  'sup.resources': 'none',
  'sup.components': 'bought',
  'sup.stages': 'one',
  'sup.countries': 'china_only',
  'sup.recycling': 'none',
  'sup.parks': 'none',
  'sup.cluster': 'alone',
  'comp.programme': 'none',
  'comp.areas': ['none'],
  'comp.country_risk': 'never',
  'comp.esg_report': 'none',
  'comp.carbon_accounting': 'none',
  'tal.languages': 'none',
  'tal.overseas_experience': 'none',
  'tal.decision_rights': ['none'],
  'tal.compliance_staff': 'none',
  'tal.development': 'none',
  'tal.foreign_managers': 'none',
};

const make = (id: string, values: Record<string, CompactValue>): SampleFirm => ({ id, answers: answersFromValues(values) });

/** The SME OEM exporter: 70% of revenue abroad, all of it under buyers' brands. */
export const OEM_SME = make('oem_sme', {
  ...worst,
  ...exporter(['eu', 'north_america'], { 'profile.industry': 'textiles_apparel', 'profile.overseas_share': 70 }),
});

/** Firms that together make every rule fire (coverage and reachability tests). */
export const SAMPLE_FIRMS: SampleFirm[] = [
  make('near_empty_eu', exporter(['eu'])),
  make('near_empty_us', exporter(['north_america'])),
  make('near_empty_mexico_sea', exporter(['mexico_latin_america', 'southeast_asia'])),
  make('cbam_steel', exporter(['eu'], { 'profile.industry': 'iron_steel', 'profile.cbam_goods': 'yes', 'profile.cbam_tonnes': 800 })),
  // Under the 50-tonne exemption: told so, not asked for full emissions data.
  make('cbam_small', exporter(['eu'], { 'profile.industry': 'iron_steel', 'profile.cbam_goods': 'yes', 'profile.cbam_tonnes': 5, 'comp.cbam_data': 'no' })),
  // A consumer seller online in the EU, holding its customers' personal data.
  make('b2c_eu_online', {
    ...exporter(['eu'], { 'profile.industry': 'consumer_goods', 'profile.sales_model': 'b2c', 'profile.personal_data': ['eu_uk'] }),
    'brand.channels': ['ecommerce_store'],
    'comp.areas': ['ip'],
  }),
  make('pre_export', { ...sme, 'profile.export_status': 'none', 'profile.industry': 'electronics' }),
  OEM_SME,
  make('tech_with_plant', {
    ...exporter(['eu', 'north_america', 'africa'], { 'profile.industry': 'electronics' }),
    'rd.intensity': 4,
    'rd.core_tech': 'own_core',
    'rd.patents_abroad': 'filed',
    'rd.overseas_rd': 'none',
    'brand.own_share': 50,
    'brand.channels': ['own_subsidiary'],
    'brand.marketing': 'localised',
    'loc.production': 'assembly',
    'loc.service': 'own_team',
    'loc.local_managers': 'none',
    'loc.community': 'none',
    'loc.expat_preparation': 'none',
    'cap.acquisitions': 'minority',
    'cap.joint_ventures': 'one',
    'cap.financing': ['domestic_bank'],
    'cap.credit_insurance': 'none',
    'comp.country_risk': 'guides',
    'comp.programme': 'documented',
    'comp.areas': ['ip'],
    'tal.compliance_staff': 'none',
  }),
  // The paper's leaders (§3): the keep-and-deepen advice fires for them.
  ...REFERENCE_FIRMS.map((f) => ({ id: f.id, answers: f.answers })),
];
