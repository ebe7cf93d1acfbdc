import { answersFromValues, DONT_KNOW, type CompactValue } from '@/domain/assessment/answers-from-values';
import type { Answers } from '@/domain/assessment/assessment';

/**
 * The paper's four cases (§3) as answer sets, scored by the same engine as any firm. They are
 * illustrations built from public facts the paper cites, NOT assessments of these companies.
 * Where the paper is silent the answer is "don't know", or, marked "public", a fact about
 * listed companies of this size that is public knowledge; the comment says which.
 */
export interface ReferenceFirm {
  id: 'byd' | 'catl' | 'huayou' | 'geely';
  answers: Answers;
}

const shared: Record<string, CompactValue> = {
  'profile.export_status': 'regular', // §1, §3: all four sell abroad every year
  'profile.employees': 'n1000_plus', // public: large listed groups
  'profile.revenue': 'gt2000', // public: revenue far above 2 billion CNY
  'profile.cbam_goods': 'no', // §3: vehicles, batteries, materials are not first-phase CBAM goods
  'brand.own_share': 100, // §3: all sell under their own names
  'brand.trademarks': 'all', // public: global trademark portfolios
  'comp.programme': 'system', // public: listed companies with compliance systems
  'comp.country_risk': 'formal', // public: large overseas investments require formal risk review
  'comp.esg_report': 'published', // public: listed companies publish ESG reports
  'tal.overseas_experience': 'several', // §3: plants and operations run abroad for years
  'tal.languages': 'every_function', // public
};

const byd: Record<string, CompactValue> = {
  ...shared,
  'profile.industry': 'vehicles',
  'profile.markets': ['eu', 'southeast_asia', 'mexico_latin_america', 'middle_east'], // §3.1 Thailand, Brazil, Hungary plants
  'profile.overseas_share': 50, // §3.1: overseas sales exceeded domestic sales in February 2026
  'rd.intensity': 6, // §3.1: Blade Battery, DM-i, e-platform 3.0 built by intensive R&D
  'rd.patents_abroad': 'granted_many', // §3.1: differentiated technology exported as a system
  'rd.core_tech': 'own_core', // §3.1: own core technologies
  'rd.overseas_rd': DONT_KNOW, // not in the paper
  'rd.licensing_out': 'none', // §3.1 describes no licensing by BYD
  'std.certifications': ['ce', 'iso9001', 'sector_quality', 'iso14001', 'market_marks'], // public: vehicles sold in the EU
  'std.bodies': 'international_member', // §3.1: “technology → product → standard → localisation”
  'std.contributions': 'drafted', // §3.1: technology standard export
  'std.lead': 'national', // §3.1: standards export; international lead not stated
  'std.product_passport': 'partly', // not stated; batteries sold in the EU
  'brand.channels': ['own_subsidiary', 'brand_distributors'], // public: own sales companies abroad
  'brand.marketing': 'local_team',
  'brand.storytelling': 'monthly',
  'loc.production': 'full', // §3.1: Thailand plant in operation, Brazil, Hungary
  'loc.service': 'own_centres',
  'loc.local_staff': 75,
  'loc.local_managers': 'some',
  'loc.expat_preparation': DONT_KNOW,
  'loc.community': DONT_KNOW,
  'cap.acquisitions': 'none', // §3.1: growth by technology, not M&A
  'cap.joint_ventures': DONT_KNOW,
  'cap.financing': ['domestic_bank', 'overseas_capital_market'], // public: listed in Hong Kong
  'cap.fx': 'some_hedging',
  'cap.credit_insurance': DONT_KNOW,
  'sup.upstream': 'stake', // §3.1: “complete vehicle + core components”
  'sup.stages': 'three', // §3.1: components, vehicles, distribution
  'sup.countries': 'two_plus', // §3.1: Thailand, Brazil, Hungary
  'sup.recycling': DONT_KNOW,
  'sup.parks': DONT_KNOW,
  'sup.cluster': DONT_KNOW,
  'comp.areas': ['ip', 'labour', 'data_privacy', 'export_control', 'anti_corruption'],
  'comp.carbon_accounting': 'organisation',
  'tal.decision_rights': 'operations',
  'tal.compliance_staff': 'in_house',
  'tal.development': 'structured',
  'tal.foreign_managers': 'abroad',
};

const catl: Record<string, CompactValue> = {
  ...shared,
  'profile.industry': 'batteries_new_energy',
  'profile.markets': ['eu', 'north_america', 'southeast_asia'], // §3.1 Germany, Hungary, Spain, Ford, Indonesia
  'profile.overseas_share': DONT_KNOW,
  'rd.intensity': 5, // §3.1: technology licensing rests on intensive R&D
  'rd.patents_abroad': 'granted_many', // §3.1: technology licensed to Ford
  'rd.core_tech': 'own_core',
  'rd.overseas_rd': 'own_centre', // public: R&D in Germany
  'rd.licensing_out': 'recurring', // §3.1: LRS (license, royalty, service) with Ford and others
  'std.certifications': ['ce', 'iso9001', 'sector_quality', 'iso14001', 'iso45001'],
  'std.bodies': 'international_member', // §3.1: participation in the EU Battery Passport standard
  'std.contributions': 'drafted', // §3.1: “rule taker” to “rule co-maker”
  'std.lead': 'international', // §3.1: integrating its specifications into market access
  'std.product_passport': 'yes', // §3.1: Battery Passport
  'brand.channels': ['own_subsidiary'],
  'brand.marketing': 'local_team',
  'brand.storytelling': 'occasionally',
  'loc.production': 'full', // §3.1: Thuringia base, Debrecen plant in mass production
  'loc.service': 'own_team',
  'loc.local_staff': 50,
  'loc.local_managers': 'some',
  'loc.expat_preparation': DONT_KNOW,
  'loc.community': DONT_KNOW,
  'cap.acquisitions': 'none',
  'cap.joint_ventures': 'one', // §3.1: Spain joint venture
  'cap.financing': ['domestic_bank', 'overseas_capital_market'], // public: Hong Kong listing
  'cap.fx': DONT_KNOW,
  'cap.credit_insurance': DONT_KNOW,
  'sup.upstream': 'stake', // §2.3: deploying nickel resources in Indonesia
  'sup.stages': 'three',
  'sup.countries': 'two_plus', // §3.1: Germany, Hungary, Indonesia, Spain
  'sup.recycling': DONT_KNOW,
  'sup.parks': DONT_KNOW,
  'sup.cluster': DONT_KNOW,
  'comp.areas': ['ip', 'labour', 'data_privacy', 'export_control', 'anti_corruption'],
  'comp.carbon_accounting': 'product_verified', // §3.1: Battery Passport requires product carbon footprints
  'tal.decision_rights': 'operations',
  'tal.compliance_staff': 'in_house',
  'tal.development': DONT_KNOW,
  'tal.foreign_managers': 'abroad',
};

const huayou: Record<string, CompactValue> = {
  ...shared,
  'profile.industry': 'materials_mining',
  'profile.markets': ['southeast_asia', 'japan_korea', 'eu'], // §3.2: Indonesia-based chain
  'profile.overseas_share': DONT_KNOW,
  'rd.intensity': 3, // §2.2: advantage lies in chain integration, not intensive R&D
  'rd.patents_abroad': DONT_KNOW,
  'rd.core_tech': 'process_improver', // §3.2: smelting and precursor processes
  'rd.overseas_rd': DONT_KNOW,
  'rd.licensing_out': 'none',
  'std.certifications': ['iso9001', 'iso14001', 'iso45001'],
  'std.bodies': DONT_KNOW,
  'std.contributions': DONT_KNOW,
  'std.lead': DONT_KNOW,
  'std.product_passport': DONT_KNOW,
  'brand.channels': ['own_subsidiary'], // sells under its company name to battery makers
  'brand.marketing': 'localised',
  'brand.storytelling': 'occasionally',
  'loc.production': 'full', // §3.2: Huayue, Huafei, Huake projects in operation
  'loc.service': 'own_team',
  'loc.local_staff': 75,
  'loc.local_managers': 'some',
  'loc.expat_preparation': DONT_KNOW,
  'loc.community': DONT_KNOW, // §4.3 warns of enclaves in general; not stated for Huayou
  'cap.acquisitions': 'control', // §2.2: M&A or greenfield investment for resources
  'cap.integration': 'full', // §3.2: vertically integrated layout
  'cap.joint_ventures': 'several', // §3.2: Huayue, Huafei, Huake projects
  'cap.financing': ['domestic_bank', 'policy_finance', 'overseas_capital_market', 'funds'], // §3.2: heavy assets need capital operation
  'cap.fx': 'some_hedging',
  'cap.credit_insurance': DONT_KNOW,
  'sup.upstream': 'own', // §3.2: laterite nickel in Indonesia, ~67% of world nickel intermediate capacity
  'sup.stages': 'four_plus', // §3.2: mine, smelting, precursor, recycling
  'sup.countries': 'two_plus',
  'sup.recycling': 'own', // §3.2: recycling closes the loop
  'sup.parks': 'developer', // §3.2: industrial-park projects in Indonesia
  'sup.cluster': 'organised',
  'comp.areas': ['labour', 'export_control', 'anti_corruption'],
  'comp.carbon_accounting': 'organisation',
  'tal.decision_rights': 'operations',
  'tal.compliance_staff': 'in_house',
  'tal.development': DONT_KNOW,
  'tal.foreign_managers': DONT_KNOW,
};

const geely: Record<string, CompactValue> = {
  ...shared,
  'profile.industry': 'vehicles',
  'profile.markets': ['eu', 'southeast_asia', 'middle_east', 'uk_efta'], // §3.2: Volvo, Proton, Lotus, Spain
  'profile.overseas_share': DONT_KNOW,
  'rd.intensity': 5, // §3.2: increasing independent R&D after M&A
  'rd.patents_abroad': 'granted_many', // §3.2: technologies obtained through Volvo
  'rd.core_tech': 'own_core', // §3.2: own modular architecture fed by Volvo’s R&D
  'rd.overseas_rd': 'own_centre', // §3.2: R&D capabilities gained with Volvo
  'rd.licensing_out': DONT_KNOW,
  'std.certifications': ['ce', 'iso9001', 'sector_quality', 'iso14001', 'market_marks'],
  'std.bodies': DONT_KNOW,
  'std.contributions': DONT_KNOW,
  'std.lead': DONT_KNOW,
  'std.product_passport': DONT_KNOW,
  'brand.channels': ['own_subsidiary', 'brand_distributors'], // §3.2: global sales networks acquired
  'brand.marketing': 'local_team',
  'brand.storytelling': 'monthly',
  'loc.production': 'full', // §3.2: Ford’s Spanish plant line acquired in 2026
  'loc.service': 'own_centres',
  'loc.local_staff': 75,
  'loc.local_managers': 'most', // §3.2: Lynk & Co Europe run by Volvo
  'loc.expat_preparation': DONT_KNOW,
  'loc.community': DONT_KNOW,
  'cap.acquisitions': 'control', // §3.2: Volvo (2010), Proton, Lotus; stake in Daimler (2018)
  'cap.integration': 'full', // §3.2: “One Geely” internal synergy
  'cap.joint_ventures': 'several',
  'cap.financing': ['domestic_bank', 'overseas_bank', 'overseas_capital_market', 'funds'], // §3.2: capital M&A phase
  'cap.fx': 'policy',
  'cap.credit_insurance': DONT_KNOW,
  'sup.upstream': 'long_contracts',
  'sup.stages': 'three', // components, vehicles, distribution
  'sup.countries': 'two_plus', // Sweden, Malaysia, Spain
  'sup.recycling': DONT_KNOW,
  'sup.parks': DONT_KNOW,
  'sup.cluster': DONT_KNOW,
  'comp.areas': ['ip', 'labour', 'data_privacy', 'export_control', 'anti_corruption'],
  'comp.carbon_accounting': 'organisation',
  'tal.decision_rights': 'strategy', // §3.2: Volvo runs Lynk & Co Europe
  'tal.compliance_staff': 'in_house',
  'tal.development': 'structured',
  'tal.foreign_managers': 'headquarters',
};

export const REFERENCE_FIRMS: ReferenceFirm[] = [
  { id: 'byd', answers: answersFromValues(byd) },
  { id: 'catl', answers: answersFromValues(catl) },
  { id: 'huayou', answers: answersFromValues(huayou) },
  { id: 'geely', answers: answersFromValues(geely) },
];
