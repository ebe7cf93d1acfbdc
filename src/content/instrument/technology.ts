import type { Band, Question } from '@/domain/instrument/instrument-schema';
import { PASSPORT_INDUSTRIES, scored } from './helpers';

// High-tech Enterprise test: R&D ≥ 5% / 4% / 3% of sales for sales ≤ 50 M / 50–200 M / > 200 M CNY. Full
// credit at the firm's own threshold, so a large firm at 3.5% is not told to reach 5%.
const HTE_5: Band[] = [
  { min: 0, value: 0 },
  { min: 1, value: 0.25 },
  { min: 3, value: 0.5 },
  { min: 4, value: 0.75 },
  { min: 5, value: 1 },
];
const HTE_4: Band[] = [
  { min: 0, value: 0 },
  { min: 1, value: 0.25 },
  { min: 2, value: 0.5 },
  { min: 3, value: 0.75 },
  { min: 4, value: 1 },
];
const HTE_3: Band[] = [
  { min: 0, value: 0 },
  { min: 1, value: 0.25 },
  { min: 2, value: 0.5 },
  { min: 2.5, value: 0.75 },
  { min: 3, value: 1 },
];

/** R&D and technology; standards and certification: the "rule export" side (paper §2.2, §3.1, §5.2). */
export const technologyQuestions: Question[] = [
  {
    id: 'rd.intensity',
    section: 'rd',
    order: 1,
    type: 'percent',
    unit: 'percent',
    max: 100,
    weight: 0.25,
    // Without a revenue band the strictest threshold (5%) applies.
    bands: HTE_5,
    bandsBy: { question: 'profile.revenue', bands: { lt50m: HTE_5, m50_200: HTE_4, m200_400: HTE_3, m400_2000: HTE_3, gt2000: HTE_3 } },
    source: 'Paper §4.2 (R&D intensity gap); High-tech Enterprise recognition thresholds 5/4/3% by sales band',
  },
  {
    id: 'rd.patents_abroad',
    section: 'rd',
    order: 2,
    type: 'single',
    weight: 0.2,
    // Quick path: 0.15 of the T axis, own technology protected abroad (the R&D end of “R&D → licensing → standards”).
    quick: true,
    options: scored(['none', 0], ['filed', 0.25], ['granted_few', 0.5], ['granted_many', 1]),
    source: 'Paper §5.2: “patent going global”; §4.2 patent reserves',
  },
  {
    id: 'rd.core_tech',
    section: 'rd',
    order: 3,
    type: 'single',
    weight: 0.2,
    options: scored(['buyer_design', 0], ['licensed_in', 0.25], ['process_improver', 0.5], ['own_core', 1]),
    source: 'Paper §4.2: “technology applicators” or “process improvers” vs forward-looking R&D; §3.1 BYD core technologies',
  },
  {
    id: 'rd.overseas_rd',
    section: 'rd',
    order: 4,
    type: 'single',
    weight: 0.15,
    options: scored(['none', 0], ['joint_lab', 0.5], ['own_centre', 1]),
    source: 'Paper §2.1 (overseas R&D centres), §5.2 (R&D centres and joint laboratories abroad)',
  },
  {
    id: 'rd.licensing_out',
    section: 'rd',
    order: 5,
    type: 'single',
    weight: 0.2,
    // Quick path: 0.15 of the T axis, technology licensed out (CATL’s licence-royalty-service model, §3.1).
    quick: true,
    options: scored(['none', 0], ['negotiating', 0.25], ['one_licence', 0.5], ['several_licences', 1]),
    source: 'Paper §3.1: CATL’s license-royalty-service (LRS) model with Ford',
  },
  {
    id: 'std.certifications',
    section: 'standards',
    order: 1,
    type: 'multi',
    // Market-access certificates are rule-taking, not rule-making (§3.1): a small weight, and none on the axis.
    weight: 0.05,
    options: [
      { id: 'ce', value: 0.2 },
      { id: 'ul_etl', value: 0.2 },
      { id: 'iso9001', value: 0.2 },
      { id: 'sector_quality', value: 0.2 },
      { id: 'iso14001', value: 0.2 },
      { id: 'iso45001', value: 0.2 },
      { id: 'market_marks', value: 0.2 },
      { id: 'none', value: 0, exclusive: true },
    ],
    source: 'DESIGN §3 (international certifications held); paper §3.1: market access is rule-taking, standard-setting is rule-making',
  },
  {
    id: 'std.bodies',
    section: 'standards',
    order: 2,
    type: 'single',
    weight: 0.25,
    options: scored(['none', 0], ['follow', 0.25], ['national_committee', 0.5], ['international_member', 1]),
    source: 'Paper §2.2: participating in international technical standards; §3.1 CATL and the EU Battery Passport',
  },
  {
    id: 'std.contributions',
    section: 'standards',
    order: 3,
    type: 'single',
    weight: 0.25,
    // Quick path: 0.15 of the T axis, drafting standards: from rule taker to rule co-maker (§3.1).
    quick: true,
    options: scored(['none', 0], ['comments', 0.5], ['drafted', 1]),
    source: 'Paper §3.1: from “rule taker” to “rule co-maker”',
  },
  {
    id: 'std.lead',
    section: 'standards',
    order: 4,
    type: 'single',
    weight: 0.3,
    options: scored(['none', 0], ['national', 0.5], ['international', 1]),
    source: 'Paper §5.2: reward enterprises that lead the formulation of international standards',
  },
  {
    id: 'std.product_passport',
    section: 'standards',
    order: 5,
    type: 'single',
    weight: 0.15,
    options: scored(['no', 0], ['some_products', 0.5], ['main_products', 1]),
    // Only where a passport exists or is planned; elsewhere not applicable (a profile condition).
    condition: { q: 'profile.industry', is: PASSPORT_INDUSTRIES },
    source: 'Paper §3.1: EU Battery Passport as a future market-access system; Regulation (EU) 2023/1542; ESPR (EU) 2024/1781 working plan 2025–2030',
  },
];
