import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { appStore } from '@/lib/store/use-app-store';
import { ARCHETYPES } from '../../../../test/fixtures/archetypes';
import { renderApp } from '../../../../test/setup/render-app';

function put(id: string, archetype: string, createdAt: number) {
  const answers = ARCHETYPES.find((a) => a.id === archetype)!.answers;
  appStore.getState().putAssessment({ id, name: 'Taizhou Tools', createdAt, updatedAt: createdAt, instrumentVersion: instrument.version, answers });
}

describe('compare page', () => {
  it('shows the rung change, each dimension improved or the same, and recommendations resolved', async () => {
    await renderApp('en', '#/');
    await act(async () => {
      put('y2026', 'oem_exporter_70', Date.UTC(2026, 2, 1));
      put('y2027', 'ecommerce_brand_seller', Date.UTC(2027, 2, 1));
    });
    await act(async () => {
      window.location.hash = '#/compare/y2026/y2027';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByText('Up from Product export to Brand export.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Dimension scores before and after' });
    expect(within(table).getByRole('row', { name: /Brand and channels.*Improved/ })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Cross-border M&A and capital.*Same/ })).toBeInTheDocument();
    const recs = screen.getByRole('region', { name: 'Recommendations' });
    expect(within(recs).getByRole('heading', { name: 'Resolved since the earlier assessment' })).toBeInTheDocument();
  });

  it('lets the user pick the two assessments with the keyboard', async () => {
    await renderApp('zh-CN', '#/');
    await act(async () => {
      put('a', 'oem_exporter_70', Date.UTC(2026, 0, 5));
      put('b', 'tech_sme', Date.UTC(2026, 6, 5));
    });
    await act(async () => {
      window.location.hash = '#/compare';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await userEvent.selectOptions(await screen.findByLabelText('较早的评估'), 'a');
    await userEvent.selectOptions(screen.getByLabelText('较晚的评估'), 'b');
    expect(await screen.findByText('从“产品出海”提升到“品牌出海”。')).toBeInTheDocument();
  });

  it('tells apart, by their time, two assessments of one firm made the same day', async () => {
    await renderApp('en', '#/');
    await act(async () => {
      put('morning', 'oem_exporter_70', Date.UTC(2026, 11, 4, 9, 0));
      put('afternoon', 'oem_exporter_70', Date.UTC(2026, 11, 4, 15, 30));
    });
    await act(async () => {
      window.location.hash = '#/compare';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const picker = await screen.findByLabelText('Earlier assessment');
    const labels = within(picker).getAllByRole('option').map((o) => o.textContent).filter((x) => x?.startsWith('Taizhou Tools'));
    expect(labels).toHaveLength(2);
    expect(new Set(labels).size, `options: ${labels.join(' | ')}`).toBe(2);
  });
});
