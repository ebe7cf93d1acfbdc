import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import type { Answers } from '@/domain/assessment/assessment';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { appStore } from '@/lib/store/use-app-store';
import { ARCHETYPES } from '../../../../test/fixtures/archetypes';
import { renderApp } from '../../../../test/setup/render-app';

const occasional: Answers = {
  ...ARCHETYPES.find((x) => x.id === 'occasional_exporter')!.answers,
  'profile.overseas_share': { value: 15, updatedAt: 1 },
};

async function openResults(lng: 'en' | 'zh-CN', answers: Answers) {
  await renderApp(lng, '#/');
  const now = Date.now();
  appStore.getState().putAssessment({ id: 'fx', name: 'Wenzhou Valves', createdAt: now, updatedAt: now, instrumentVersion: instrument.version, answers });
  window.location.hash = '#/results/fx';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await screen.findByRole('heading', { level: 1, name: /Wenzhou Valves/ });
  return screen.getByRole('region', { name: lng === 'en' ? 'Where you stand on the ladder' : '企业在出海阶梯上的位置' });
}

describe('a firm below the first rung', () => {
  it('that sells abroad now and then is told so, with its share, and the ladder marks it under the first rung', async () => {
    expect(scoreAssessment(instrument, occasional).ladder.rung).toBe('none');
    const ladder = await openResults('en', occasional);
    expect(within(ladder).getByText('You sell abroad, but not yet regularly: you stand just below the first rung, Product export.')).toBeInTheDocument();
    expect(within(ladder).getByText(/now and then \(15% of your revenue\), not every year/)).toBeInTheDocument();
    expect(screen.queryByText(/You are at: Not yet exporting/)).not.toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Your results in brief' });
    expect(summary).toHaveTextContent('Sells abroad, not yet regularly (below the first rung)');
    const here = ladder.querySelector('[aria-current="step"]')!;
    expect(here).toHaveTextContent('Selling abroad now and then (below the first rung)you are here');
    const rungs = within(ladder).getByRole('list', { name: 'The ladder, from the first rung to the top' });
    expect(rungs.compareDocumentPosition(here) & Node.DOCUMENT_POSITION_FOLLOWING, 'drawn under the ladder').toBeTruthy();
    expect(rungs.querySelector('[aria-current]'), 'no rung claimed').toBeNull();
  });

  it('reads so in Chinese', async () => {
    const ladder = await openResults('zh-CN', occasional);
    expect(within(ladder).getByText('贵企业已有海外销售，但尚未做到每年稳定出口，位于第一阶“产品出海”之下。')).toBeInTheDocument();
    expect(ladder.querySelector('[aria-current="step"]')).toHaveTextContent('偶有海外销售');
  });

  it('that does not sell abroad keeps "not yet exporting", marked below the first rung', async () => {
    const ladder = await openResults('en', { ...occasional, 'profile.export_status': { value: 'none', updatedAt: 2 } });
    expect(within(ladder).getByText('You are at: Not yet exporting regularly')).toBeInTheDocument();
    expect(ladder.querySelector('[aria-current="step"]')).toHaveTextContent('No sales abroad yet');
  });
});
