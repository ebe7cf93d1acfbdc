import type { SupportItem } from '@/domain/recommendations/rule-schema';
import { USES } from './situations';

/**
 * Public support a recommendation may point to (paper §5.1–§5.3 and named public schemes).
 * Text: `support.<id>.name` and `support.<id>.description` in recommendations.json. Where the
 * paper proposes something that does not yet exist everywhere, the text says "where available".
 */
export const SUPPORT: SupportItem[] = [
  { id: 'service_platform', inUseWhen: USES('service_platform'), kind: 'platform', source: 'Paper §5.1: national overseas comprehensive service platform, launched February 2026' },
  { id: 'guiding_opinions', kind: 'policy', source: 'MOFCOM, NDRC, MFA, PBOC, SAFE: Guiding Opinions on (Further) Improving the Overseas Comprehensive Service System, 2025-10' },
  { id: 'country_guides', inUseWhen: USES('country_guides'), kind: 'guide', source: 'MOFCOM Country (Region) Guides for Outward Investment and Cooperation; Sinosure Country Risk Analysis Report (yearly); paper §5.1' },
  { id: 'sinosure', inUseWhen: USES('credit_insurance'), kind: 'insurance', source: 'China Export & Credit Insurance Corporation (Sinosure): short-term export credit insurance; paper §5.1' },
  { id: 'overseas_investment_insurance', kind: 'insurance', source: 'Sinosure overseas investment insurance; overseas IP infringement liability insurance offered by insurers; paper §5.1' },
  { id: 'policy_finance', kind: 'finance', source: 'Export-Import Bank of China export credit; financing against Sinosure policies; paper §4.2, §5.1' },
  { id: 'going_global_funds', kind: 'finance', source: 'Provincial and municipal going-global industrial funds; paper §5.1' },
  { id: 'fx_hedging', kind: 'finance', source: 'SAFE programme promoting exchange-rate hedging by SMEs (first-time hedgers), bank hedging services; paper §4.2, §5.1' },
  { id: 'financing_guarantee', kind: 'finance', source: 'National Financing Guarantee Fund and government financing guarantee institutions; paper §4.2' },
  { id: 'movable_collateral_registry', kind: 'finance', source: 'PBOC Credit Reference Center: unified registration of movable property and rights guarantees (since 2021); paper §4.2' },
  { id: 'cross_border_guarantee', kind: 'finance', source: 'SAFE Provisions on Foreign Exchange Administration of Cross-border Guarantees (domestic guarantees for foreign loans); paper §4.2' },
  { id: 'legal_services', kind: 'legal', source: 'One-stop foreign-related legal service centres; CCPIT commercial legal services; paper §5.1' },
  { id: 'arbitration', kind: 'legal', source: 'CIETAC, Shenzhen Court of International Arbitration, HKIAC; paper §5.1' },
  { id: 'ip_dispute_centre', kind: 'legal', source: 'CNIPA National Center for Overseas IP Dispute Response Guidance and its local branches; paper §4.3, §5.1' },
  { id: 'rights_protection_fund', kind: 'finance', source: 'Paper §5.1: special fund for overseas rights protection (arbitration, IP litigation); local subsidies where available' },
  { id: 'compliance_guidelines', kind: 'guide', source: 'NDRC, MOFCOM and five other departments: Guidelines on Compliance Management of Enterprises’ Overseas Operations (2018); paper §5.2' },
  { id: 'security_rules', kind: 'guide', source: 'MOFCOM et al.: Provisions on Security Management of Overseas Chinese-funded Enterprises, Institutions and Personnel (2010); paper §5.2' },
  { id: 'green_guidelines', kind: 'guide', source: 'MOFCOM and MEE: Guidelines for Green Development of Outward Investment and Cooperation (2021); paper §4.3' },
  { id: 'sustainability_disclosure', kind: 'guide', source: 'Ministry of Finance et al.: Corporate Sustainability Disclosure Standard — Basic Standard (trial, 2024); paper §5.2' },
  { id: 'eu_cbam_guidance', kind: 'guide', source: 'European Commission: CBAM guidance and emissions communication template for installation operators outside the EU; paper §4.1 [5]' },
  { id: 'carbon_guidelines', kind: 'guide', source: 'Paper §5.1: country- and industry-specific carbon compliance operation guidelines (provincial commerce departments, industry associations)' },
  { id: 'carbon_footprint_system', kind: 'policy', source: 'MEE and 14 other departments: Implementation Plan on Establishing a Carbon Footprint Management System (2024); ISO 14064, ISO 14067' },
  { id: 'high_tech_enterprise', kind: 'scheme', source: 'High-tech Enterprise recognition (15% income tax; R&D ≥ 5/4/3% of sales); R&D super-deduction; paper §4.2' },
  { id: 'intl_rd_cooperation', kind: 'scheme', source: 'MOST National Key R&D Programme: intergovernmental international S&T innovation cooperation; paper §5.2' },
  { id: 'patent_support', kind: 'scheme', source: 'PCT route and Patent Prosecution Highway (CNIPA); local rewards for patents granted abroad; paper §5.2' },
  { id: 'standards_support', kind: 'scheme', source: 'SAC domestic technical counterparts of ISO/IEC committees; local rewards for leading international standards; paper §5.2' },
  { id: 'cooperation_zones', inUseWhen: USES('cooperation_zone'), kind: 'zone', source: 'MOFCOM-confirmed overseas economic and trade cooperation zones; paper §5.3' },
  { id: 'ecommerce_zones', kind: 'zone', source: 'Cross-border e-commerce comprehensive pilot zones; public overseas warehouses; paper §5.3' },
  { id: 'sme_market_fund', kind: 'finance', source: 'Foreign trade development fund (formerly the SME International Market Development Fund), via provincial commerce departments' },
  { id: 'regional_brands', kind: 'brand', source: 'Regional public brands such as “Zhejiang Made” (品字标); paper §5.2' },
  { id: 'industry_alliances', inUseWhen: USES('industry_alliance'), kind: 'network', source: 'CCPIT, industry associations and Chinese chambers of commerce abroad; paper §5.3' },
  { id: 'talent_training', kind: 'scheme', source: 'Going-global training by commerce departments and associations; work permits for foreign professionals; paper §4.2' },
  { id: 'origin_services', kind: 'guide', source: 'Certificates of origin and FTA (e.g. RCEP) rules-of-origin advice from customs and CCPIT; paper §4.1' },
];
