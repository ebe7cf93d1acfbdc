import type { Revision } from '@/domain/instrument/revision-schema';

/**
 * How answers given to earlier questionnaires are carried forward (see `upgradeAssessment`). Every
 * earlier question is listed in `previousQuestions`; a test proves that each one still exists, or moves
 * or retires here, so no answer is ever dropped. An option mapped to null cannot be carried: the user is
 * asked to answer again and sees the earlier answer beside the question.
 */
export const revisions: Revision[] = [
  {
    from: '2026.1',
    to: '2026.2',
    previousQuestions: [
      'profile.industry', 'profile.employees', 'profile.revenue', 'profile.export_status', 'profile.years_exporting',
      'profile.overseas_share', 'profile.markets', 'profile.cbam_goods', 'profile.cbam_tonnes',
      'rd.intensity', 'rd.patents_abroad', 'rd.core_tech', 'rd.overseas_rd', 'rd.licensing_out',
      'std.certifications', 'std.bodies', 'std.contributions', 'std.lead', 'std.product_passport',
      'brand.own_share', 'brand.channels', 'brand.marketing', 'brand.trademarks', 'brand.storytelling',
      'loc.production', 'loc.service', 'loc.local_staff', 'loc.local_managers', 'loc.expat_preparation', 'loc.community',
      'cap.acquisitions', 'cap.integration', 'cap.joint_ventures', 'cap.financing', 'cap.fx', 'cap.credit_insurance',
      'sup.upstream', 'sup.stages', 'sup.countries', 'sup.recycling', 'sup.parks', 'sup.cluster',
      'comp.programme', 'comp.areas', 'comp.country_risk', 'comp.esg_report', 'comp.carbon_accounting', 'comp.cbam_data',
      'tal.languages', 'tal.overseas_experience', 'tal.decision_rights', 'tal.compliance_staff', 'tal.development',
      'tal.foreign_managers',
    ],
    carry: {
      // New bands at China's SME boundaries (20 staff, 400 million yuan): the old band that straddles one
      // cannot be placed, so it is asked again.
      'profile.employees': [{ to: 'profile.employees', options: { lt50: null, n50_299: 'n20_299' } }],
      'profile.revenue': [{ to: 'profile.revenue', options: { m200_2000: null } }],
      'rd.licensing_out': [{ to: 'rd.licensing_out', options: { one_deal: 'one_licence', recurring: 'several_licences' } }],
      // From "could you supply" to "do you already hold" the passport data.
      'std.product_passport': [{ to: 'std.product_passport', options: { partly: 'some_products', yes: 'main_products' }, check: true }],
      // The own brand or company name must now be on the product itself, not the buyer's.
      'brand.own_share': [{ to: 'brand.own_share', check: true }],
      'cap.credit_insurance': [{ to: 'cap.credit_insurance', options: { systematic: 'all_credit_sales' } }],
      // One question on raw materials "or" components became two; only "none" says something of both.
      'sup.upstream': [
        { to: 'sup.resources', options: { long_contracts: null, stake: null, own: null } },
        { to: 'sup.components', options: { none: 'bought', long_contracts: null, stake: null, own: null } },
      ],
      // Supply countries no longer mix ownership in: any source of key inputs counts.
      'sup.countries': [{ to: 'sup.countries', check: true }],
      'comp.country_risk': [{ to: 'comp.country_risk', options: { informal: 'guides', formal: 'written_yearly' }, check: true }],
      // A bundle of three rights became a list to tick.
      'tal.decision_rights': [
        {
          to: 'tal.decision_rights',
          options: { hq_only: 'none', operations: ['operations', 'hiring', 'prices'], strategy: ['operations', 'hiring', 'prices', 'investment'] },
          check: true,
        },
      ],
    },
  },
];
