import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { CbamSector } from '@/domain/cbam/cbam-rules';
import { createI18n } from '@/lib/i18n/i18n';
import type { Language } from '@/lib/i18n/languages';
import { CbamPanel } from '../CbamPanel';

async function renderPanel(lng: Language, props: { initialSector?: CbamSector; initialTonnes?: number; exposed?: boolean } = {}) {
  const i18n = await createI18n(lng);
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <CbamPanel exposed={props.exposed ?? true} initialSector={props.initialSector} initialTonnes={props.initialTonnes} />
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

describe('CBAM panel', () => {
  it('labels itself an estimate and starts from the default value with its mark-up', async () => {
    await renderPanel('en');
    expect(screen.getByRole('heading', { level: 2, name: /CBAM/ })).toBeInTheDocument();
    expect(screen.getByText('Estimate')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /use the default value/i })).toBeChecked();
    expect(screen.getByText(/^Estimate with the default value:/)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /default value \(\+10% mark-up\)/i })).toBeInTheDocument();
    noBrokenNumbers();
  });

  it('recomputes the costs as a verified emissions figure is typed (1.2 − 1.0 × 0.975 = 0.225 t at €75.36)', async () => {
    await renderPanel('en');
    await userEvent.click(screen.getByRole('radio', { name: /verified emissions data/i }));
    expect(await screen.findByText(/enter your verified embedded emissions/i)).toBeInTheDocument();
    await retype(/verified embedded emissions/i, '1.2');
    await retype(/^benchmark/i, '1');
    const headline = await screen.findByText(/^Estimate with your verified data:/);
    expect(headline).toHaveTextContent('€16.96 (CN¥139.04) per tonne, €16,956 (CN¥139,039) a year');
    const table = screen.getByRole('table', { name: /side by side/i });
    const charged = within(table).getByRole('row', { name: /emissions charged/i });
    expect(within(charged).getAllByRole('cell')[0]).toHaveTextContent('0.225');
    noBrokenNumbers();
  });

  it('shows a localized message beside an invalid figure and never a broken number', async () => {
    await renderPanel('en');
    const quantity = await retype(/quantity exported/i, '-5');
    expect(quantity).toHaveAttribute('aria-invalid', 'true');
    expect(quantity).toHaveAccessibleDescription(/Enter 0 or more\./);
    expect(screen.getByText(/cannot be shown until the figures marked above are corrected/i)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    noBrokenNumbers();

    await retype(/quantity exported/i, 'abc');
    expect(await screen.findByText('Enter a number, for example 1200 or 1.25.')).toBeInTheDocument();
    noBrokenNumbers();

    await retype(/quantity exported/i, '800');
    expect(quantity).not.toHaveAttribute('aria-invalid');
    expect(await screen.findByText(/^Estimate with the default value:/)).toBeInTheDocument();
  });

  it('explains the 50-tonne threshold and says when a small quantity may be exempt', async () => {
    await renderPanel('en', { initialTonnes: 49.9 });
    expect(screen.getByRole('heading', { level: 3, name: 'The 50-tonne threshold' })).toBeInTheDocument();
    expect(screen.getByText(/At 49\.9 t per year, your shipments alone are within the 50-tonne exemption/)).toBeInTheDocument();
    await retype(/quantity exported/i, '50');
    expect(await screen.findByText(/At 50 t per year, your shipments alone reach the threshold/)).toBeInTheDocument();
  });

  it('never offers the exemption for electricity, counted in MWh', async () => {
    await renderPanel('en', { initialSector: 'electricity', initialTonnes: 10 });
    expect(screen.getByText(/does not apply to Electricity/)).toBeInTheDocument();
    expect(screen.getByText('MWh per year')).toBeInTheDocument();
    expect(screen.queryByText(/under the threshold/)).not.toBeInTheDocument();
  });

  it('resets the benchmark to the chosen sector’s value', async () => {
    await renderPanel('en');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /CBAM goods you export/i }), 'aluminium');
    expect(screen.getByRole('textbox', { name: /^benchmark/i })).toHaveValue('1.464');
    expect(screen.getByText(/76\.01–76\.16/)).toBeInTheDocument();
  });

  it('lists the cost at several certificate prices, marking the user’s own', async () => {
    await renderPanel('en');
    await retype(/CBAM certificate price/i, '120');
    const table = await screen.findByRole('table', { name: /other certificate prices/i });
    const prices = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(prices).toEqual(['€50.00', '€75.36', '€100.00', '€120.00 (your price)', '€150.00']);
  });

  it('passes axe-core checks while an error is shown', async () => {
    await renderPanel('en');
    await userEvent.click(screen.getByRole('radio', { name: /verified emissions data/i }));
    await retype(/verified embedded emissions/i, 'x');
    expect(await axeViolations()).toEqual([]);
  });

  it('lists its sources', async () => {
    await renderPanel('en');
    const list = screen.getByRole('heading', { name: 'Sources' }).nextElementSibling as HTMLElement;
    expect(within(list).getByText(/Regulation \(EU\) 2023\/956/)).toBeInTheDocument();
    expect(within(list).getByText(/Regulation \(EU\) 2025\/2083/)).toBeInTheDocument();
  });

  it('renders in Chinese with Chinese labels, errors and currency', async () => {
    await renderPanel('zh-CN', { exposed: false });
    expect(await screen.findByRole('heading', { level: 2, name: '欧盟碳边境调节机制（CBAM）成本测算' })).toBeInTheDocument();
    expect(screen.getByText('估算')).toBeInTheDocument();
    expect(screen.getByText(/企业概况中未填写/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'CBAM证书价格' })).toHaveValue('75.36');
    expect(screen.getByRole('heading', { level: 3, name: '50吨豁免门槛' })).toBeInTheDocument();
    expect(screen.getByText(/^按默认值估算：每吨/)).toBeInTheDocument();
    const quantity = await retype('每年出口欧盟数量', '-1');
    expect(quantity).toHaveAccessibleDescription(/请输入0或以上的数值。/);
    noBrokenNumbers();
    expect(await axeViolations()).toEqual([]);
  });
});
