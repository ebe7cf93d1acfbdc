import { answersFromValues } from '@/domain/assessment/answers-from-values';
import type { Assessment } from '@/domain/assessment/assessment';
import { INSTRUMENT_VERSION } from './version';

/** Route id of the built-in example: `#/results/example` shows it without storing anything. */
export const EXAMPLE_ID = 'example';

/**
 * An invented, typical SME (a machinery maker selling to Europe under its own name), so a
 * newcomer or a workshop can see what a result looks like before answering anything.
 */
export const EXAMPLE_ASSESSMENT: Assessment = {
  id: EXAMPLE_ID,
  name: '',
  createdAt: Date.UTC(2026, 10, 1),
  updatedAt: Date.UTC(2026, 10, 1),
  instrumentVersion: INSTRUMENT_VERSION,
  answers: answersFromValues({
    'profile.industry': 'machinery',
    'profile.employees': 'n300_999',
    'profile.revenue': 'm200_2000',
    'profile.export_status': 'regular',
    'profile.years_exporting': 'y11_20',
    'profile.overseas_share': 45,
    'profile.markets': ['eu', 'southeast_asia', 'middle_east'],
    'profile.cbam_goods': 'no',
    'rd.intensity': 3.5,
    'rd.patents_abroad': 'filed',
    'rd.core_tech': 'process_improver',
    'rd.overseas_rd': 'none',
    'rd.licensing_out': 'none',
    'std.certifications': ['ce', 'iso9001', 'iso14001'],
    'std.bodies': 'national_committee',
    'std.contributions': 'comments',
    'std.lead': 'none',
    'std.product_passport': 'no',
    'brand.own_share': 40,
    'brand.channels': ['own_subsidiary', 'brand_distributors'],
    'brand.marketing': 'localised',
    'brand.trademarks': 'some',
    'brand.storytelling': 'occasionally',
    'loc.production': 'none',
    'loc.service': 'own_team',
    'loc.local_staff': 60,
    'loc.local_managers': 'none',
    'loc.expat_preparation': 'briefing',
    'loc.community': 'none',
    'cap.acquisitions': 'none',
    'cap.joint_ventures': 'none',
    'cap.financing': ['domestic_bank', 'policy_finance'],
    'cap.fx': 'natural',
    'cap.credit_insurance': 'some',
    'sup.upstream': 'long_contracts',
    'sup.stages': 'two',
    'sup.countries': 'china_only',
    'sup.recycling': 'none',
    'sup.parks': 'none',
    'sup.cluster': 'occasional',
    'comp.programme': 'case_by_case',
    'comp.areas': ['ip', 'labour'],
    'comp.country_risk': 'informal',
    'comp.esg_report': 'internal',
    'comp.carbon_accounting': 'none',
    'tal.languages': 'team',
    'tal.overseas_experience': 'one',
    'tal.decision_rights': 'operations',
    'tal.compliance_staff': 'external',
    'tal.development': 'some',
    'tal.foreign_managers': 'none',
  }),
};
