import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { appStore } from '@/lib/store/use-app-store';
import { ARCHETYPES } from '../../../../test/fixtures/archetypes';
import { renderApp } from '../../../../test/setup/render-app';

function seed(archetypeId: string, name = 'Wenzhou Valves') {
  const a = ARCHETYPES.find((x) => x.id === archetypeId)!;
  const now = Date.now();
  appStore.getState().putAssessment({ id: 'fx', name, createdAt: now, updatedAt: now, instrumentVersion: instrument.version, answers: a.answers });
  return scoreAssessment(instrument, a.answers);
}

async function openResults(lng: 'en' | 'zh-CN', archetypeId: string, name?: string) {
  const view = await renderApp(lng, '#/');
  const result = seed(archetypeId, name);
  window.location.hash = '#/results/fx';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await screen.findByRole('heading', { level: 1, name: new RegExp(name ?? 'Wenzhou Valves') });
  return { ...view, result };
}

describe('results page', () => {
  it('shows the rung the engine computed and the next rung’s gates with reasons', async () => {
    const { result } = await openResults('en', 'oem_exporter_70');
    expect(result.ladder.rung).toBe('product');
    expect(await screen.findByText('You are at: Product export')).toBeInTheDocument();
    const ladder = screen.getByRole('region', { name: 'Where you stand on the ladder' });
    expect(within(ladder).getByText('0 of 3 conditions of the next rung met')).toBeInTheDocument();
    expect(within(ladder).getAllByText('Less than 30% of export sales carry your own brand or company name on the product.').length).toBeGreaterThan(0);
    // The evidence names the answer given, once the user opens it (the question texts load then if
    // they are not there yet; the page around stays as it is).
    await userEvent.click(within(ladder).getAllByText('Answers behind this')[0]!);
    expect(screen.getByText('You are at: Product export')).toBeInTheDocument();
    const evidence = await within(ladder).findAllByText(/What share of your export sales carries your own brand or company name on the product itself\? — 0%/);
    expect(evidence.length).toBeGreaterThan(0);
  });

  it('gives every dimension score in a table beside the chart', async () => {
    const { result } = await openResults('en', 'tech_sme');
    const table = await screen.findByRole('table', { name: 'Dimension scores (0–100)' });
    const row = within(table).getByRole('row', { name: /R&D and technology/ });
    expect(row).toHaveTextContent(String(Math.round(result.profile.rd.score)));
  });

  it('places the firm and the four reference firms on the model map table, with the quadrant in words', async () => {
    const { result } = await openResults('en', 'tech_sme');
    expect(result.model.quadrant).toBe('rule_export');
    expect(await screen.findByText(/On the model map you are “Rule export”/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Positions on the model map' });
    for (const firm of ['Wenzhou Valves', 'BYD', 'CATL', 'Huayou Cobalt', 'Geely']) {
      expect(within(table).getByRole('row', { name: new RegExp(firm) })).toBeInTheDocument();
    }
  });

  it('says first that a result is provisional when too little is answered, with a way back', async () => {
    await openResults('en', 'empty');
    const notice = await screen.findByRole('heading', { name: 'Provisional result: too much is unanswered' });
    expect(notice).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go back to the open questions' })).toHaveAttribute('href', '#/assess/fx/review');
    expect(screen.getByText(/Indicated rung \(provisional\): Not yet exporting regularly/)).toBeInTheDocument();
  });

  it('reads in Chinese, names included', async () => {
    await openResults('zh-CN', 'ecommerce_brand_seller', '义乌小商品');
    expect(await screen.findByText('目前所处阶段：品牌出海')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: '各维度得分（0～100）' })).toBeInTheDocument();
    expect(await screen.findByRole('row', { name: /比亚迪/ })).toBeInTheDocument();
  });

  it('opens the CBAM estimate for a firm exporting CBAM goods and folds it for others', async () => {
    await openResults('en', 'oem_exporter_70');
    expect(await screen.findByText('Open the CBAM estimate')).toBeInTheDocument();
    await act(async () => {
      appStore.getState().setAnswer('fx', 'profile.cbam_goods', { value: 'yes' });
      appStore.getState().setAnswer('fx', 'profile.cbam_tonnes', { value: 800 });
    });
    expect(await screen.findByRole('heading', { level: 2, name: /EU carbon border charge \(CBAM\)/ })).toBeInTheDocument();
    expect(screen.queryByText('Open the CBAM estimate')).not.toBeInTheDocument();
  });
});
