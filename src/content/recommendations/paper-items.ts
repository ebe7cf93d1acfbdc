/**
 * Every constraint of the paper's §4 and every countermeasure of §5, by name. Each must be
 * covered by at least one reachable rule (tested). Text: `paper.<id>` in recommendations.json.
 */
export const PAPER_ITEMS = [
  // §4.1 hard constraints of the external environment
  { id: 'cbam_cost', section: '4.1', name: 'CBAM carbon cost on covered exports' },
  { id: 'carbon_accounting', section: '4.1', name: 'Lack of a sound carbon accounting system' },
  { id: 'us_tariffs_transshipment', section: '4.1', name: 'US tariffs; transshipment via Mexico and Southeast Asia blocked' },
  { id: 'tech_blockade_investment_review', section: '4.1', name: 'Technology blockades and stricter investment reviews' },
  // §4.2 soft ribs of internal capabilities
  { id: 'rd_weakness', section: '4.2', name: 'Weak R&D intensity and patent reserves' },
  { id: 'own_brand_oem', section: '4.2', name: 'Low own-brand share, dependence on OEM' },
  { id: 'talent_strategic', section: '4.2', name: 'International talent shortage: strategic management' },
  { id: 'talent_rd', section: '4.2', name: 'International talent shortage: technology R&D' },
  { id: 'talent_compliance', section: '4.2', name: 'International talent shortage: compliance and risk control' },
  { id: 'single_financing', section: '4.2', name: 'Single financing channel, dependence on bank loans' },
  { id: 'fx_losses', section: '4.2', name: 'Foreign-exchange losses' },
  { id: 'collateral_guarantees', section: '4.2', name: 'Movable assets not accepted as collateral; guarantees for foreign loans hard to get' },
  // §4.3 lag in ESG and compliance governance
  { id: 'esg_lag', section: '4.3', name: 'ESG treated as a cost; governance lags' },
  { id: 'development_enclave', section: '4.3', name: '“Development enclave”: poor relations with communities, unions, NGOs' },
  { id: 'compliance_ip_labour_privacy', section: '4.3', name: 'Compliance problems in IP, labour standards, data privacy' },
  { id: 'fragmented_services', section: '4.3', name: 'Fragmented compliance services; no one-stop support for SMEs' },
  // §5.1 government: from approval to service
  { id: 'country_risk_guide', section: '5.1', name: 'Country risk map and overseas risk guide' },
  { id: 'carbon_guidelines', section: '5.1', name: 'Country- and industry-specific carbon compliance guidelines' },
  { id: 'industrial_fund_fx', section: '5.1', name: 'Going-global industrial fund; exchange-rate risk management' },
  { id: 'export_credit_insurance', section: '5.1', name: 'Wider export credit insurance' },
  { id: 'ip_investment_insurance', section: '5.1', name: 'Insurance for overseas IP and investment projects' },
  { id: 'flexible_financing', section: '5.1', name: 'Flexible financing: collateral and guarantees' },
  { id: 'one_stop_legal', section: '5.1', name: 'One-stop foreign-related legal services, arbitration institutions' },
  { id: 'rights_protection_fund', section: '5.1', name: 'Overseas rights-protection fund for arbitration and IP litigation' },
  { id: 'service_platform', section: '5.1', name: 'Overseas comprehensive service platform and Guiding Opinions' },
  // §5.2 enterprise capacity building
  { id: 'overseas_rd_labs', section: '5.2', name: 'Overseas R&D centres and joint laboratories' },
  { id: 'patents_standards', section: '5.2', name: '“Patents going global” and standard leadership' },
  { id: 'brand_storytelling', section: '5.2', name: 'International brand strategy; localised storytelling via e-commerce and social media' },
  { id: 'regional_brand', section: '5.2', name: 'Regional public brands; “China Manufacturing Brand Ambassador”' },
  { id: 'esg_reporting', section: '5.2', name: 'ESG management structure and transparent reporting' },
  { id: 'compliance_manual', section: '5.2', name: 'Compliance manual for SMEs going global' },
  { id: 'overseas_security', section: '5.2', name: 'Overseas security prevention and safety management' },
  // §5.3 industrial cluster collaboration
  { id: 'cooperation_zones', section: '5.3', name: 'Overseas economic and trade cooperation zones, industrial parks' },
  { id: 'go_in_groups', section: '5.3', name: 'Going overseas in groups; industry alliances' },
  { id: 'overseas_warehouses', section: '5.3', name: 'Overseas warehouses with parks and cross-border e-commerce' },
] as const;

export type PaperItemId = (typeof PAPER_ITEMS)[number]['id'];
