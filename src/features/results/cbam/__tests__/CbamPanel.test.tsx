import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/assessment/assessment';
import { createI18n } from '@/lib/i18n/i18n';
import type { Language } from '@/lib/i18n/languages';
import { CbamPanel } from '../CbamPanel';

const profile = (values: Record<string, string | number>): Answers =>
  Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value, updatedAt: 1 }]));

async function renderPanel(lng: Language, props: { answers?: Answers; exposed?: boolean } = {}) {
  const i18n = await createI18n(lng);
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <CbamPanel exposed={props.exposed ?? true} answers={props.answers} />
        </Suspense>
      </I18nextProvider>,
    );
  });
  await screen.findByRole('heading', { level: 2 });
}

/** axe-core's WCAG A/AA rules on the panel (contrast needs a real browser; "region" needs the whole page). */
async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const noBrokenNumbers = () => expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);

/** Replaces a field's text the way a user would: select all, type. */
async function retype(label: RegExp | string, text: string) {
  const box = screen.getByRole('textbox', { name: label });
  await userEvent.clear(box);
  if (text) await userEvent.type(box, text);
  return box;
}

/** Types into the CN code search and chooses the option whose text matches. */
async function chooseCode(query: string, option: RegExp) {
  const box = screen.getByRole('searchbox', { name: /CN code|CN编码/ });
  await userEvent.clear(box);
  await userEvent.type(box, query);
  await userEvent.click(await screen.findByRole('button', { name: option }));
}

describe('CBAM panel', () => {
  it('starts a fastener exporter from its family’s code at the official default value, labelled family-level', async () => {
    await renderPanel('en', { answers: profile({ 'profile.cbam_product': 'fasteners', 'profile.cbam_tonnes': 300 }) });
    expect(screen.getByText('Estimate')).toBeInTheDocument();
    expect(await screen.findByText(/^CN 7318 15: Threaded screws and bolts/)).toBeInTheDocument();
    expect(screen.getByText(/^Family-level estimate/)).toHaveTextContent('CN 7318 15');
    expect(screen.getByText(/China's default value for 2026, mark-up included: 7\.013/)).toBeInTheDocument();
    expect(screen.getByText(/OJ L 31\.12\.2025, p\. 5\d\d/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /official default value/i })).toHaveValue('7.013');
    expect(screen.getByRole('textbox', { name: /quantity exported/i })).toHaveValue('300');
    // (7.013 − 1.364 × 0.975) × 82.32 (Q3 2026, the latest published price) = 467.83.
    expect(screen.getByText(/^Estimate with the EU default value: €467\.83/)).toBeInTheDocument();
    noBrokenNumbers();
  });

  it('prices hot-rolled flat steel at about €164 a tonne at the Q1 2026 price, chosen by quarter', async () => {
    await renderPanel('en');
    expect(screen.getByText(/Choose your product's CN code above/)).toBeInTheDocument();
    await chooseCode('7208', /^7208 Flat-rolled products of iron or non-alloy steel, of a width >= 600 mm, hot-rolled/);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /quarter of import/i }), '1');
    expect(screen.getByRole('textbox', { name: /CBAM certificate price/i })).toHaveValue('75.36');
    const table = await screen.findByRole('table', { name: /side by side/i });
    const perTonne = within(table).getByRole('row', { name: /cost per tonne \(EUR\)/i });
    expect(within(perTonne).getAllByRole('cell')[1]).toHaveTextContent('€163.55');
    expect(within(table).getByRole('columnheader', { name: 'With the EU default value' })).toBeInTheDocument();
  });

  it('shows the saving once a verified figure is entered, against the benchmark of the producer’s route', async () => {
    await renderPanel('en', { answers: profile({ 'profile.cbam_product': 'fasteners', 'profile.cbam_tonnes': 300 }) });
    await screen.findByText(/^CN 7318 15/);
    await userEvent.click(screen.getByRole('radio', { name: /verified emissions data/i }));
    await retype(/your verified embedded emissions/i, '2.5');
    expect(screen.getByRole('combobox', { name: /production route/i })).toHaveValue('C');
    expect(screen.getByRole('textbox', { name: /benchmark for your verified data/i })).toHaveValue('1.364');
    const headline = await screen.findByText(/^Estimate with your verified data:/);
    // (2.5 − 1.364 × 0.975) × 82.32 = 96.32 € a tonne.
    expect(headline).toHaveTextContent('€96.32');
    // (7.013 − 2.5) × 82.32 × 300 t = 111,453.
    expect(screen.getByText(/default value would add about €111,453/)).toBeInTheDocument();
    noBrokenNumbers();
  });

  it('says when a CN code is not covered and gives no charge for it', async () => {
    await renderPanel('en');
    await chooseCode('7204', /^7204/);
    expect(screen.getByText(/CN 7204 is not listed in Annex I of Regulation \(EU\) 2023\/956/)).toBeInTheDocument();
    expect(screen.getByText(/proposal, not law/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('exempts exactly 50 t a year but not 50.001 t', async () => {
    await renderPanel('en', { answers: profile({ 'profile.cbam_product': 'flat_steel', 'profile.cbam_tonnes': 50 }) });
    expect(await screen.findByText(/At 50 t per year, your shipments alone do not exceed the threshold/)).toBeInTheDocument();
    await retype(/quantity exported/i, '50.001');
    expect(await screen.findByText(/At 50\.001 t per year, your shipments alone exceed the threshold/)).toBeInTheDocument();
  });

  it('never offers the exemption for electricity, counted in MWh, and labels its fallback value', async () => {
    await renderPanel('en', { answers: profile({ 'profile.cbam_product': 'electricity', 'profile.cbam_tonnes': 10 }) });
    expect(await screen.findByText(/does not apply to Electricity/)).toBeInTheDocument();
    expect(screen.getByText('MWh per year')).toBeInTheDocument();
    expect(screen.getByText(/Fallback, not an official default value/)).toBeInTheDocument();
  });

  it('shows a localized message beside an invalid figure and never a broken number', async () => {
    await renderPanel('en', { answers: profile({ 'profile.cbam_product': 'flat_steel' }) });
    const quantity = await retype(/quantity exported/i, '-5');
    expect(quantity).toHaveAttribute('aria-invalid', 'true');
    expect(quantity).toHaveAccessibleDescription(/Enter 0 or more\./);
    expect(screen.getByText(/cannot be shown until the figures marked above are corrected/i)).toBeInTheDocument();
    noBrokenNumbers();
    await retype(/quantity exported/i, 'abc');
    expect(await screen.findByText('Enter a number, for example 1200 or 1.25.')).toBeInTheDocument();
  });

  it('states the price of later years as an assumption and lists the user’s own price in the sensitivity table', async () => {
    await renderPanel('en', { answers: profile({ 'profile.cbam_product': 'flat_steel' }) });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /year of import/i }), '2027');
    expect(screen.queryByRole('combobox', { name: /quarter of import/i })).not.toBeInTheDocument();
    expect(screen.getByText(/the latest published price \(€82\.32, Q3 2026\) is an assumption/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /official default value/i })).toHaveValue('3.824');
    await retype(/CBAM certificate price/i, '120');
    const table = await screen.findByRole('table', { name: /other certificate prices/i });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['€50.00', '€75.00', '€100.00', '€120.00 (your price)', '€150.00']);
  });

  it('is operable from the keyboard and passes axe-core checks with results listed and an error shown', async () => {
    await renderPanel('en');
    const box = screen.getByRole('searchbox', { name: /CN code/ });
    await userEvent.type(box, '7318');
    expect(await screen.findByText('15 CN codes found. Use the up and down arrow keys to choose.')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveTextContent(/^7318 12 10 Wood screws of stainless steel/);
    expect(await axeViolations()).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText(/^CN 7318 12 10: Wood screws of stainless steel/)).toBeInTheDocument();
    expect(document.activeElement, 'focus returns to the search box').toBe(box);
    await retype(/quantity exported/i, 'x');
    expect(await axeViolations()).toEqual([]);
  });

  it('renders in Chinese: finds 7318 by Chinese words and uses the house number style', async () => {
    await renderPanel('zh-CN', { exposed: false });
    expect(await screen.findByRole('heading', { level: 2, name: '欧盟碳边境调节机制（CBAM）成本测算' })).toBeInTheDocument();
    expect(screen.getByText(/企业概况中未填写/)).toBeInTheDocument();
    await chooseCode('7318 螺钉、螺栓', /^7318 15 钢铁制螺钉及螺栓/);
    expect(screen.getByText('属于CBAM覆盖范围', { selector: '.cbam-facts .cbam-tag' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '官方默认值（已含上浮）' })).toHaveValue('7.013');
    expect(screen.getByRole('heading', { level: 3, name: '50吨豁免门槛' })).toBeInTheDocument();
    expect(screen.getByText(/^按欧盟默认值估算：每吨/)).toBeInTheDocument();
    // 1000 t: the yearly cost has more than four digits, the price fewer: €467,840 but €82.32.
    expect(document.body.textContent).toMatch(/每年€467,8\d\d/);
    const quantity = await retype('每年出口欧盟数量', '-1');
    expect(quantity).toHaveAccessibleDescription(/请输入0或以上的数值。/);
    noBrokenNumbers();
    expect(await axeViolations()).toEqual([]);
  });
});
