import { answersFromValues, DONT_KNOW, type CompactValue } from '@/domain/assessment/answers-from-values';
import type { Answers } from '@/domain/assessment/assessment';

/**
 * The paper's four cases (§3) as answer sets, scored by the same engine as any firm. They are
 * illustrations built from public facts the paper cites, NOT assessments of these companies.
 * Each answer gives what the paper states (its section named); where the paper is silent the answer
 * is "don't know", or, marked "public", a fact about these listed groups that is public knowledge
 * (needed for the governance conditions of the top rung, which the paper presupposes for all four).
 */
export interface ReferenceFirm {
  id: 'byd' | 'catl' | 'huayou' | 'geely';
  answers: Answers;
}

const shared: Record<string, CompactValue> = {
  'profile.export_status': 'regular', // §1, §3: all four sell abroad every year
  'profile.employees': 'n1000_plus', // public: large listed groups
  'profile.revenue': 'gt2000', // public: revenue far above 2 billion CNY
  'profile.years_exporting': 'y11_20', // public
  'profile.personal_data': DONT_KNOW,
  'profile.cbam_goods': 'no', // §4.1: vehicles, batteries and battery materials are not first-phase CBAM goods
  'profile.public_services': DONT_KNOW,
  'brand.own_share': 100, // §3: all sell under their own names
  'brand.trademarks': 'all', // public: global trademark portfolios
  'comp.programme': 'system', // public: listed companies with compliance systems
  'comp.country_risk': 'written_yearly', // public: large overseas investments require written risk reviews
  'comp.esg_report': 'published', // public: listed companies publish ESG reports
  'tal.overseas_experience': 'several', // §3: plants and operations run abroad for years
  'tal.languages': 'every_function', // public
  'tal.compliance_staff': 'in_house', // public
  'cap.fx': DONT_KNOW,
  'cap.credit_insurance': DONT_KNOW,
  'sup.recycling': DONT_KNOW,
  'sup.parks': DONT_KNOW,
  'sup.cluster': DONT_KNOW,
  'loc.expat_preparation': DONT_KNOW,
  'loc.community': DONT_KNOW, // §4.3 warns of enclaves in general; not stated for any of the four
};

const byd: Record<string, CompactValue> = {
  ...shared,
  'profile.industry': 'vehicles',
  'profile.markets': ['eu', 'southeast_asia', 'mexico_latin_america'], // §3.1: Thailand, Brazil and Hungary plants
  'profile.overseas_share': DONT_KNOW, // §3.1: overseas sales passed domestic sales in one month (February 2026), not a yearly share
  'profile.sales_model': 'b2c', // public: cars sold to consumers through dealers
  'rd.intensity': 6, // public; §3.1: Blade Battery, DM-i, e-platform 3.0 built by intensive R&D
  'rd.patents_abroad': 'granted_many', // public; §3.1: differentiated technology exported as a system
  'rd.core_tech': 'own_core', // §3.1: own core technologies
  'rd.overseas_rd': DONT_KNOW,
  'rd.licensing_out': DONT_KNOW,
  'std.certifications': ['iso9001', 'sector_quality', 'iso14001', 'market_marks'], // public: vehicles sold in the EU
  'std.bodies': 'international_member', // §3.1: “technology → product → standard → localisation”
  'std.contributions': 'drafted', // §3.1: “technology standard export”
  'std.lead': DONT_KNOW, // §3.1 names standard export, not who led the drafting
  'std.product_passport': DONT_KNOW,
  'brand.channels': ['own_subsidiary', 'brand_distributors'], // public: own sales companies abroad
  'brand.marketing': 'local_team', // public
  'brand.storytelling': 'monthly', // public
  'loc.production': 'full', // §3.1: Thailand plant in operation, Brazil and Hungary plants under way
  'loc.relocation_motive': 'customers', // §3.1: plants in the markets it sells in (“main market”)
  'loc.service': 'own_centres', // public
  'loc.local_staff': DONT_KNOW,
  'loc.local_managers': 'some', // public
  'cap.acquisitions': 'none', // §3.1: its path is technology → product → standard → localisation, not M&A
  'cap.greenfield': 'several', // §3.1: Thailand, Brazil and Hungary plants built by BYD
  'cap.joint_ventures': DONT_KNOW,
  'cap.financing': ['domestic_bank', 'overseas_capital_market'], // public: listed in Hong Kong
  'sup.resources': DONT_KNOW, // the paper says nothing of BYD's raw materials
  'sup.components': 'core', // §3.1: “complete vehicle + core components” (Blade Battery) — technology-led, not resource control
  'sup.stages': 'three', // §3.1: components, vehicles, distribution
  'sup.countries': DONT_KNOW,
  'comp.areas': ['ip', 'labour', 'data_privacy', 'export_control', 'anti_corruption'], // public
  'comp.carbon_accounting': 'organisation', // public
  'tal.decision_rights': ['operations', 'hiring'], // public
  'tal.development': 'structured', // public
  'tal.foreign_managers': 'abroad', // public
};

const catl: Record<string, CompactValue> = {
  ...shared,
  'profile.industry': 'batteries_new_energy',
  'profile.markets': ['eu', 'north_america', 'southeast_asia'], // §3.1: Germany, Hungary, Spain, Ford, Indonesia
  'profile.overseas_share': DONT_KNOW,
  'profile.sales_model': 'b2b', // §3.1: batteries and licences for carmakers
  'rd.intensity': 5, // public; §3.1: technology licensing rests on intensive R&D
  'rd.patents_abroad': 'granted_many', // public; §3.1: technology licensed to Ford
  'rd.core_tech': 'own_core', // §3.1
  'rd.overseas_rd': 'own_centre', // public: R&D in Germany
  'rd.licensing_out': 'several_licences', // §3.1: LRS (license, royalty, service) with “automakers such as Ford”
  'std.certifications': ['iso9001', 'sector_quality', 'iso14001', 'iso45001'], // public
  'std.bodies': 'international_member', // §3.1: participation in the EU Battery Passport standard
  'std.contributions': 'drafted', // §3.1: from “rule taker” to “rule co-maker”
  'std.lead': DONT_KNOW, // §3.1: co-maker, not said to lead
  'std.product_passport': 'main_products', // §3.1: helps shape the Battery Passport its batteries will carry
  'brand.channels': ['own_subsidiary', 'direct_accounts'], // public: sells to carmakers directly
  'brand.marketing': 'local_team', // public
  'brand.storytelling': 'occasionally', // public
  'loc.production': 'full', // §3.1: Thuringia base, Debrecen plant in mass production
  'loc.relocation_motive': 'customers', // §3.1: “capacity export” close to European carmakers
  'loc.service': 'own_team', // public
  'loc.local_staff': DONT_KNOW,
  'loc.local_managers': 'some', // public
  'cap.acquisitions': DONT_KNOW,
  'cap.greenfield': 'several', // §3.1: Thuringia base, Debrecen plant, Indonesia project
  'cap.joint_ventures': 'one', // §3.1: Spain joint venture
  'cap.financing': ['domestic_bank', 'overseas_capital_market'], // public: Hong Kong listing
  'sup.resources': 'stake', // §2.3: “deploying nickel resources in Indonesia”
  'sup.components': 'core', // public: cells and modules made in-house
  'sup.stages': DONT_KNOW,
  'sup.countries': DONT_KNOW,
  'comp.areas': ['ip', 'labour', 'data_privacy', 'export_control', 'anti_corruption'], // public
  'comp.carbon_accounting': 'product_verified', // §3.1: the Battery Passport asks for product carbon footprints
  'tal.decision_rights': ['operations', 'hiring'], // public
  'tal.development': DONT_KNOW,
  'tal.foreign_managers': 'abroad', // public
};

const huayou: Record<string, CompactValue> = {
  ...shared,
  'profile.industry': 'materials_mining',
  'profile.markets': ['southeast_asia', 'japan_korea', 'eu'], // §3.2: Indonesia-based chain; public: battery makers in Korea, Japan, Europe
  'profile.overseas_share': DONT_KNOW,
  'profile.sales_model': 'b2b', // §3.2: new-energy materials for battery makers
  'rd.intensity': DONT_KNOW, // §2.2: its advantage is chain integration; R&D intensity not stated
  'rd.patents_abroad': DONT_KNOW,
  'rd.core_tech': 'process_improver', // public: smelting and precursor processes
  'rd.overseas_rd': DONT_KNOW,
  'rd.licensing_out': DONT_KNOW,
  'std.certifications': ['iso9001', 'iso14001', 'iso45001'], // public
  'std.bodies': DONT_KNOW,
  'std.contributions': DONT_KNOW,
  'std.lead': DONT_KNOW,
  'std.product_passport': DONT_KNOW,
  'brand.channels': ['own_subsidiary', 'direct_accounts'], // public: sells under its company name to battery makers
  'brand.marketing': 'localised', // public
  'brand.storytelling': 'occasionally', // public
  'loc.production': 'full', // §3.2: Huayue, Huafei and Huake projects in operation
  'loc.relocation_motive': 'inputs', // §3.2: “resource control” of laterite nickel
  'loc.service': 'own_team', // public
  'loc.local_staff': DONT_KNOW,
  'loc.local_managers': 'some', // public; §3.2 names cross-cultural management as its challenge
  'cap.acquisitions': 'control', // public: controlling stakes in mining projects; §2.2 names M&A as the route
  'cap.integration': 'full', // §3.2: vertically integrated layout
  'cap.greenfield': 'several', // §3.2: Huayue, Huafei and Huake built in Indonesia
  'cap.joint_ventures': 'several', // public: those projects are run with partners
  'cap.financing': ['domestic_bank', 'policy_finance', 'overseas_capital_market', 'funds'], // §3.2: heavy assets need capital operation
  'sup.resources': 'own', // §3.2: laterite nickel in Indonesia, ~67% of world nickel intermediate capacity
  'sup.components': 'core', // §3.2: precursors made in its own plants
  'sup.stages': 'four_plus', // §3.2: mine, smelting, precursor, recycling
  'sup.countries': 'two_plus', // public
  'sup.recycling': 'own', // §3.2: recycling closes the loop
  'sup.parks': 'developer', // public: Indonesian industrial parks built with partners
  'sup.cluster': 'organised', // public: went to Indonesia with partner firms
  'comp.areas': ['labour', 'export_control', 'anti_corruption'], // public
  'comp.carbon_accounting': 'organisation', // public
  'tal.decision_rights': ['operations', 'hiring'], // public
  'tal.development': DONT_KNOW,
  'tal.foreign_managers': DONT_KNOW,
};

const geely: Record<string, CompactValue> = {
  ...shared,
  'profile.industry': 'vehicles',
  'profile.markets': ['eu', 'southeast_asia', 'uk_efta'], // §3.2: Volvo, Proton, Lotus, Spain
  'profile.overseas_share': DONT_KNOW,
  'profile.sales_model': 'b2c', // public: cars sold to consumers
  'rd.intensity': 5, // public; §3.2: increasing independent R&D after M&A
  'rd.patents_abroad': 'granted_many', // public; §3.2: technologies obtained through Volvo
  'rd.core_tech': 'own_core', // §3.2: own modular architecture fed by Volvo’s R&D
  'rd.overseas_rd': 'own_centre', // §3.2: R&D capabilities gained with Volvo
  'rd.licensing_out': DONT_KNOW,
  'std.certifications': ['iso9001', 'sector_quality', 'iso14001', 'market_marks'], // public
  'std.bodies': DONT_KNOW,
  'std.contributions': DONT_KNOW,
  'std.lead': DONT_KNOW,
  'std.product_passport': DONT_KNOW,
  'brand.channels': ['own_subsidiary', 'brand_distributors'], // §3.2: global sales networks acquired
  'brand.marketing': 'local_team', // public
  'brand.storytelling': 'monthly', // public
  'loc.production': 'full', // §3.2: Ford’s Spanish plant line acquired in 2026
  'loc.relocation_motive': 'customers', // §3.2: “localized production in Europe”
  'loc.service': 'own_centres', // public
  'loc.local_staff': DONT_KNOW,
  'loc.local_managers': 'most', // §3.2: Lynk & Co Europe run by Volvo
  'cap.acquisitions': 'control', // §3.2: Volvo (2010), Proton, Lotus; stake in Daimler (2018)
  'cap.integration': 'full', // §3.2: “One Geely” internal synergy
  'cap.greenfield': 'several', // public: Volvo Cars’ plants built in South Carolina (2018) and Košice, Slovakia
  'cap.joint_ventures': 'several', // public
  'cap.financing': ['domestic_bank', 'overseas_bank', 'overseas_capital_market', 'funds'], // §3.2: capital M&A phase
  'sup.resources': DONT_KNOW,
  'sup.components': DONT_KNOW,
  'sup.stages': 'three', // public: components, vehicles, distribution
  'sup.countries': 'two_plus', // public: Sweden, Malaysia, Spain
  'comp.areas': ['ip', 'labour', 'data_privacy', 'export_control', 'anti_corruption'], // public
  'comp.carbon_accounting': 'organisation', // public
  'tal.decision_rights': ['operations', 'hiring', 'prices', 'investment'], // §3.2: Volvo runs Lynk & Co Europe
  'tal.development': 'structured', // public
  'tal.foreign_managers': 'headquarters', // public
};

export const REFERENCE_FIRMS: ReferenceFirm[] = [
  { id: 'byd', answers: answersFromValues(byd) },
  { id: 'catl', answers: answersFromValues(catl) },
  { id: 'huayou', answers: answersFromValues(huayou) },
  { id: 'geely', answers: answersFromValues(geely) },
];
