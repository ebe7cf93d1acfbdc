import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { buildCohort } from '@/domain/cohort/aggregate-cohort';
import { DIMENSIONS } from '@/domain/instrument/vocabulary';
import { RUNGS } from '@/domain/instrument/vocabulary';
import { createMemoryAdapter } from '@/lib/cohort-storage/memory-adapter';
import type { StoredCohort } from '@/lib/cohort-storage/stored-cohort';
import recommendationsEn from '../../../../locales/en/recommendations.json';
import { firmAssessments, renderWorkshop, storedCohort } from './workshop-test-utils';

const HOSTILE = '<img src=x onerror="alert(1)"> \u202Egnp.exe';
const firms = firmAssessments();
firms[1] = { ...firms[1]!, name: HOSTILE };
const expected = buildCohort(instrument, RULES, firms);
const decimal = (x: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(x);

async function openDashboard(cohort: StoredCohort = storedCohort(firms)) {
  const adapter = createMemoryAdapter({ persistent: true, records: [cohort] });
  await renderWorkshop('en', { hash: `#/workshop/${cohort.id}`, adapter, heading: cohort.name });
  if (cohort.members.length) await screen.findByRole('heading', { level: 2, name: 'The room at a glance' }, { timeout: 5000 });
  return { adapter };
}

const firmLabels = () => within(screen.getByRole('table', { name: /Every firm’s figures/ })).queryAllByRole('rowheader').map((c) => c.textContent);

describe('workshop dashboard', () => {
  it('shows the ladder distribution, every dimension’s spread and the top recommendations exactly as the engine computes them', async () => {
    await openDashboard();
    const ladder = screen.getByRole('table', { name: 'Firms per rung' });
    for (const rung of RUNGS) {
      const row = expected.ladder.find((r) => r.rung === rung)!;
      const cells = within(ladder).getAllByRole('row').find((r) => r.getAttribute('data-rung') === rung)!;
      expect(within(cells).getAllByRole('cell').map((c) => c.textContent), `${rung}`).toEqual([String(row.total), String(row.provisional), `${Math.round(row.share * 100)}%`]);
    }
    const dims = screen.getByRole('table', { name: 'Scores 0–100 across the cohort' });
    for (const d of DIMENSIONS) {
      const s = expected.dimensions[d]!;
      const row = dims.querySelector(`tr[data-row="${d}"]`)!;
      expect(within(row as HTMLElement).getAllByRole('cell').map((c) => c.textContent), `${d}`).toEqual([s.mean, s.min, s.q1, s.median, s.q3, s.max].map(decimal));
    }
    const recs = screen.getByRole('table', { name: 'Recommendations most often in a firm’s first five' });
    const first = within(recs).getAllByRole('row')[1]!;
    const top = expected.recommendations[0]!;
    expect(within(first).getByRole('rowheader')).toHaveTextContent((recommendationsEn.rules as Record<string, { title: string }>)[top.id]!.title);
    expect(within(first).getAllByRole('cell')[2]).toHaveTextContent(String(top.count));
    expect(screen.getByText('Firms in the cohort').nextElementSibling).toHaveTextContent(String(firms.length));
  });

  it('shows firms as letters by default and by name only when the facilitator chooses, hostile names as inert text', async () => {
    const { adapter } = await openDashboard();
    await waitFor(() => expect(firmLabels()).toEqual(['A', 'B', 'C', 'D', 'E']));
    expect(document.body.textContent).not.toContain('gnp.exe');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show firm names' }));
    await waitFor(() => expect(firmLabels()[1]).toBe(HOSTILE));
    expect(document.querySelector('img'), 'the name is text, not markup').toBeNull();
    const cell = within(screen.getByRole('table', { name: /Every firm’s figures/ })).getAllByRole('rowheader')[1]!;
    expect(cell).toHaveAttribute('dir', 'auto');
    expect((adapter.records.get('cohort-1') as StoredCohort).showNames, 'the choice is saved with the cohort').toBe(true);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Show firm names' }));
    await waitFor(() => expect(firmLabels()[1]).toBe('B'));
  });

  it('puts one firm beside the cohort averages', async () => {
    await openDashboard();
    await userEvent.click(screen.getByRole('link', { name: 'Firm vs cohort' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Firm' }), 'D');
    const table = await screen.findByRole('table', { name: 'Firm D and the cohort, 0–100' });
    const firmD = firms[3]!;
    const figures = buildCohort(instrument, RULES, [firmD]);
    const row = within(table).getByRole('row', { name: /^R&D/ });
    const [firm, mean] = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(firm).toBe(decimal(figures.dimensions.rd!.mean));
    expect(mean).toBe(decimal(expected.dimensions.rd!.mean));
    expect(screen.getByText(/^Rung: /)).toBeInTheDocument();
  });

  it('says when a cohort has no firms yet, and where to add them', async () => {
    await openDashboard(storedCohort([]));
    expect(await screen.findByRole('heading', { name: 'No firms yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add firms' })).toHaveAttribute('href', '#/workshop/cohort-1/firms');
  });
});
