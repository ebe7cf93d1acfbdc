import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import type { Answers } from '@/domain/assessment/assessment';
import { recommend } from '@/domain/recommendations/recommend';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { formatDate } from '@/lib/format';
import type { Language } from '@/lib/i18n/languages';
import { appStore } from '@/lib/store/use-app-store';
import { ARCHETYPES } from '../../../../test/fixtures/archetypes';
import { renderApp } from '../../../../test/setup/render-app';

const answersOf = (id: string): Answers => ARCHETYPES.find((x) => x.id === id)!.answers;

interface Open {
  ui?: Language;
  lang?: 'en' | 'zh-CN' | 'both';
  name?: string;
  answers: Answers;
}

async function openReport({ ui = 'en', lang, name = 'Wenzhou Valves', answers }: Open) {
  const view = await renderApp(ui, '#/');
  const now = Date.now();
  appStore.getState().putAssessment({ id: 'fx', name, createdAt: now, updatedAt: now, instrumentVersion: instrument.version, answers });
  window.location.hash = `#/report/fx${lang ? `?lang=${lang}` : ''}`;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  // Both languages' namespaces and the chart code load lazily: allow for a busy machine.
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
  const report = await screen.findByRole('article', undefined, { timeout: 5000 });
  return { ...view, report, result: scoreAssessment(instrument, answers) };
}

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

describe('printable report', () => {
  it('puts the firm name, the report date, the questionnaire version and the language on the cover', async () => {
    const { report } = await openReport({ answers: answersOf('tech_sme') });
    expect(screen.getByRole('heading', { level: 1, name: 'Going-global capability report' })).toBeInTheDocument();
    const names = within(report).getAllByText('Wenzhou Valves');
    expect(names.length).toBeGreaterThan(0);
    for (const el of names) expect(el, 'user text is isolated for direction').toHaveAttribute('dir', 'auto');
    expect(within(report).getAllByText(formatDate('en', Date.now(), 'long')).length).toBeGreaterThan(0);
    const facts = within(report).getAllByRole('definition').map((d) => d.textContent);
    expect(facts).toContain(instrument.version);
    expect(facts).toContain('English');
    expect(within(report).queryByText('Provisional result')).not.toBeInTheDocument();
  });

  it('calls a firm without a name anonymous and warns first when the result is provisional', async () => {
    const { report } = await openReport({ name: '  ', answers: answersOf('empty') });
    expect(within(report).getAllByText('Anonymous firm').length).toBeGreaterThan(0);
    expect(within(report).getByText('Provisional result')).toBeInTheDocument();
    expect(within(report).getByText('Indicated rung (provisional): Not yet exporting regularly')).toBeInTheDocument();
  });

  it('shows the rung and every gate of every rung exactly as the engine decided, with the reason in words', async () => {
    const { report, result } = await openReport({ answers: answersOf('tech_sme') });
    expect(result.ladder.rung).toBe('brand');
    expect(within(report).getByText('Rung reached: Brand export')).toBeInTheDocument();
    const gates = [...report.querySelectorAll<HTMLElement>('[data-gate]')];
    const shown = gates.map((g) => [g.dataset.gate, g.dataset.passed, /\(met\):/.test(g.textContent ?? '') ? 'met' : 'not yet']);
    expect(shown).toEqual(result.ladder.gates.map((g) => [g.id, String(g.passed), g.passed ? 'met' : 'not yet']));
    const compliance = gates.find((g) => g.dataset.gate === 'compliance_risk')!;
    expect(compliance).toHaveTextContent('You lack written compliance rules with a named owner, or written country-risk assessments.');
    expect(compliance).toHaveTextContent(/Answers used:/);
  });

  it('gives the profile table and the model map table with the reference firms marked as examples', async () => {
    const { report, result } = await openReport({ answers: answersOf('integrated_chain') });
    const profile = within(report).getByRole('table', { name: 'Dimension scores (0–100)' });
    expect(within(profile).getByRole('row', { name: /Supply chain and resources/ })).toHaveTextContent(String(Math.round(result.profile.supply.score)));
    const map = within(report).getByRole('table', { name: 'Positions on the model map (0–100)' });
    for (const firm of ['BYD', 'CATL', 'Huayou Cobalt', 'Geely']) {
      expect(within(map).getByRole('row', { name: new RegExp(firm) })).toHaveTextContent('example');
    }
    expect(within(map).getByRole('row', { name: /Wenzhou Valves/ })).toHaveTextContent(String(Math.round(result.model.R.value)));
  });

  it('prints the top recommendations as an action plan, at most eight, in the engine’s order', async () => {
    const answers = answersOf('oem_exporter_70');
    const { report, i18n } = await openReport({ answers });
    const plan = recommend(scoreAssessment(instrument, answers), answers, instrument, RULES).slice(0, 8);
    expect(plan.length, 'the fixture triggers recommendations').toBeGreaterThan(0);
    const tr = i18n.getFixedT('en', 'recommendations') as unknown as (k: string) => string;
    const section = within(report).getByRole('heading', { level: 2, name: 'Action plan' }).closest('section')!;
    const titles = within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual(plan.map((r, i) => `${i + 1}. ${tr(r.text.title)}`));
  });

  it('shows English and Chinese side by side, each column marked with its language', async () => {
    const { report } = await openReport({ lang: 'both', answers: answersOf('ecommerce_brand_seller') });
    const en = [...report.querySelectorAll<HTMLElement>('[lang="en"]')];
    const zh = [...report.querySelectorAll<HTMLElement>('[lang="zh-CN"]')];
    expect(en.length).toBeGreaterThan(5);
    expect(zh.length, 'one Chinese column for each English one').toBe(en.length);
    expect(en.some((c) => c.textContent?.includes('Rung reached: Brand export'))).toBe(true);
    expect(zh.some((c) => c.textContent?.includes('目前所处阶段：品牌出海'))).toBe(true);
    const enHeadings = en.flatMap((c) => [...c.querySelectorAll('h2')].map((h) => h.textContent ?? ''));
    const zhHeadings = zh.flatMap((c) => [...c.querySelectorAll('h2')].map((h) => h.textContent ?? ''));
    expect(enHeadings.filter(hasHan), 'English columns carry no Chinese headings').toEqual([]);
    expect(zhHeadings.every(hasHan), 'Chinese columns carry Chinese headings').toBe(true);
    expect(within(report).getAllByRole('definition').map((d) => d.textContent)).toContain('中英对照');
  });

  it('prints in Chinese when asked, whatever the interface language', async () => {
    const { report } = await openReport({ ui: 'en', lang: 'zh-CN', answers: answersOf('ecommerce_brand_seller') });
    expect(screen.getByRole('heading', { level: 1, name: '企业出海能力评估报告' })).toBeInTheDocument();
    expect(report.querySelector('[lang="en"]')).toBeNull();
    expect(within(report).getByText('目前所处阶段：品牌出海').closest('[lang]')).toHaveAttribute('lang', 'zh-CN');
    // The toolbar stays in the interface language.
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();
  });

  it('summarises the CBAM estimate only for a firm that exports CBAM goods to the EU, from its product family', async () => {
    const plain = await openReport({ answers: answersOf('oem_exporter_70') });
    expect(within(plain.report).queryByRole('heading', { name: /CBAM/ })).not.toBeInTheDocument();
    plain.unmount();

    const answers: Answers = {
      ...answersOf('oem_exporter_70'),
      'profile.cbam_goods': { value: 'yes', updatedAt: 0 },
      'profile.cbam_product': { value: 'unwrought_aluminium', updatedAt: 0 },
      'profile.cbam_tonnes': { value: 800, updatedAt: 0 },
    };
    const { report } = await openReport({ answers });
    const heading = within(report).getByRole('heading', { level: 2, name: /EU carbon border charge \(CBAM\)/ });
    expect(heading).toHaveTextContent('Estimate');
    expect(within(report).getByText(/family-level estimate: the figures use CN 7601/i)).toBeInTheDocument();
    const table = within(report).getByRole('table', { name: /EU default value side by side/ });
    const perYear = within(table).getByRole('row', { name: /Cost per year \(EUR\)/ });
    // China 7601: 3.300 t CO₂e/t in 2026 (3.000 without mark-up), benchmark 1.423 × 0.975, Q3 2026 price €82.32, 800 t.
    expect(perYear).toHaveTextContent('€' + Math.round((3.3 - 1.423 * 0.975) * 82.32 * 800).toLocaleString('en'));
    expect(perYear).toHaveTextContent('€' + Math.round((3.0 - 1.423 * 0.975) * 82.32 * 800).toLocaleString('en'));
    // The CBAM section itself names the 50-tonne exemption (the action plan may too).
    expect(within(heading.closest('section')!).getByText(/50 tonnes/)).toBeInTheDocument();
  });

  it('labels a sector fallback for an older profile that names only its industry', async () => {
    const answers: Answers = {
      ...answersOf('oem_exporter_70'),
      'profile.industry': { value: 'iron_steel', updatedAt: 0 },
      'profile.cbam_goods': { value: 'yes', updatedAt: 0 },
    };
    const { report } = await openReport({ answers });
    expect(within(report).getByText(/CN 7208 stands in as a fallback/)).toBeInTheDocument();
    expect(within(report).getByText(/The profile gives no tonnage/)).toBeInTheDocument();
  });

  it('writes the method’s axis formulas from the instrument’s own weights', async () => {
    const { report } = await openReport({ answers: answersOf('tech_sme') });
    expect(
      within(report).getByText(
        'T = 0.1 × R&D intensity + 0.15 × patents abroad + 0.1 × own core technology + 0.1 × R&D abroad + 0.15 × technology licensing + 0.1 × standards bodies + 0.15 × drafting standards + 0.15 × leading standards',
      ),
    ).toBeInTheDocument();
    expect(
      within(report).getByText(
        'R = 0.2 × acquisitions + 0.1 × post-merger integration + 0.1 × joint ventures + 0.15 × greenfield investment + 0.2 × raw-material control + 0.15 × value-chain stages owned + 0.05 × recycling + 0.05 × industrial parks',
      ),
    ).toBeInTheDocument();
    expect(within(report).getByText(/^Zhu, Hengyi and Liang, Fenghua \(2026\), Model Transition/)).toBeInTheDocument();
  });

  it('shows a hostile firm name as plain text', async () => {
    const name = '<img src=x onerror="window.__pwned=1">‮Acme';
    const { report } = await openReport({ name, answers: answersOf('tech_sme') });
    const shown = within(report).getAllByText(name);
    expect(shown.length).toBeGreaterThan(0);
    for (const el of shown) expect(el).toHaveAttribute('dir', 'auto');
    expect(report.querySelector('img')).toBeNull();
  });
});

describe('printed report of a firm that exports now and then', () => {
  it('says it sells abroad, not yet regularly, on the cover and on the ladder, not "not yet exporting"', async () => {
    const answers: Answers = { ...answersOf('occasional_exporter'), 'profile.overseas_share': { value: 15, updatedAt: 1 } };
    const { report } = await openReport({ answers });
    expect(within(report).getByText('You sell abroad, but not yet regularly: just below the first rung, Product export.')).toBeInTheDocument();
    expect(within(report).getByText('Sells abroad, not yet regularly (below the first rung)')).toBeInTheDocument();
    expect(within(report).getByText(/Selling abroad now and then — below the first rung/)).toHaveAttribute('aria-current', 'step');
    expect(within(report).queryByText(/Not yet exporting/)).not.toBeInTheDocument();
  });
});

describe('printed notes', () => {
  it('prints each note under its question and answer, in questionnaire order, and leaves the section out when there is none', async () => {
    const answers: Answers = {
      ...answersOf('tech_sme'),
      'profile.export_status': { value: 'regular', note: 'Mostly to Germany, through two distributors.', updatedAt: 1 },
      'rd.intensity': { value: 4, note: '  ', updatedAt: 1 },
      'profile.employees': { dontKnow: true, note: 'Ask HR: seasonal workers?', updatedAt: 1 },
    };
    const { report } = await openReport({ answers });
    const section = within(report).getByRole('heading', { level: 2, name: 'Your notes beside your answers' }).closest('section')!;
    const items = [...section.querySelectorAll<HTMLElement>('[data-question]')];
    expect(items.map((i) => i.dataset.question), 'blank note left out').toEqual(['profile.employees', 'profile.export_status']);
    expect(items[1]).toHaveTextContent('Do you sell abroad? — Regularly');
    expect(items[1]).toHaveTextContent('Your note: Mostly to Germany, through two distributors.');
    expect(items[0]).toHaveTextContent(/— don’t know.*Your note: Ask HR: seasonal workers\?/);
    expect(within(items[1]!).getByText('Mostly to Germany, through two distributors.')).toHaveAttribute('dir', 'auto');
  });

  it('prints the note once beside both languages of its answer in the bilingual report', async () => {
    const answers: Answers = { ...answersOf('tech_sme'), 'profile.export_status': { value: 'regular', note: '主要销往德国', updatedAt: 1 } };
    const { report } = await openReport({ answers, lang: 'both' });
    const item = report.querySelector<HTMLElement>('.rp-notes [data-question="profile.export_status"]')!;
    expect(item).toHaveTextContent('Do you sell abroad? — Regularly');
    expect(item).toHaveTextContent('企业有海外销售吗？——每年稳定出口');
    expect(within(item).getAllByText('主要销往德国')).toHaveLength(1);
    expect(item).toHaveTextContent('Your note: / 备注：');
  });

  it('has no notes section without notes', async () => {
    const { report } = await openReport({ answers: answersOf('tech_sme') });
    expect(within(report).queryByRole('heading', { name: 'Your notes beside your answers' })).not.toBeInTheDocument();
  });
});
