import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '@/lib/cohort-storage/memory-adapter';
import type { StoredCohort } from '@/lib/cohort-storage/stored-cohort';
import { firmAssessments, renderWorkshop, storedCohort } from './workshop-test-utils';

describe('workshop: keeping cohorts in this browser', () => {
  it('keeps several cohorts across a reload, each with its name, date and firms', async () => {
    const adapter = createMemoryAdapter({ persistent: true });
    const first = await renderWorkshop('en', { adapter });
    await userEvent.type(screen.getByRole('textbox', { name: 'Cohort name' }), 'Ningbo, March 2027');
    await userEvent.click(screen.getByRole('button', { name: 'Create cohort' }));
    await screen.findByRole('heading', { level: 1, name: 'Ningbo, March 2027' });
    first.unmount();

    // A reload: a fresh page reading what was saved, plus a cohort saved earlier with firms.
    const earlier = storedCohort(firmAssessments().slice(0, 2), { id: 'earlier', name: 'Wuxi, May 2026', createdAt: Date.UTC(2026, 4, 20) });
    const reloaded = createMemoryAdapter({ persistent: true, records: [...adapter.records.values(), earlier] });
    await renderWorkshop('en', { adapter: reloaded });
    const list = screen.getByRole('list', { name: 'Cohorts on this computer' });
    expect(within(list).getByRole('link', { name: 'Ningbo, March 2027' })).toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Wuxi, May 2026' })).toHaveAttribute('href', '#/workshop/earlier');
    expect(within(list).getByText('2 firms · created May 20, 2026')).toBeInTheDocument();
  });

  it('asks before deleting a cohort, and deletes it from storage', async () => {
    const adapter = createMemoryAdapter({ persistent: true, records: [storedCohort(firmAssessments().slice(0, 1))] });
    await renderWorkshop('en', { adapter });
    await userEvent.click(screen.getByRole('button', { name: /Delete the cohort .*Ningbo, March 2027/ }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Delete cohort' }));
    expect(screen.getByText('No cohort yet. Create one for each workshop.')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r));
    expect(adapter.records.size).toBe(0);
  });

  it('says when the browser’s storage is full, and the cohort keeps working in this tab', async () => {
    await renderWorkshop('en', { adapter: createMemoryAdapter({ persistent: true, failWrites: 'quota' }) });
    await userEvent.type(screen.getByRole('textbox', { name: 'Cohort name' }), 'Full disk');
    await userEvent.click(screen.getByRole('button', { name: 'Create cohort' }));
    await screen.findByRole('heading', { level: 1, name: 'Full disk' });
    expect(await screen.findByRole('alert')).toHaveTextContent('The browser’s storage is full, so the latest change to this cohort was not saved');
    expect(screen.getByLabelText('Choose result files'), 'files can still be added').toBeEnabled();
  });

  it('works in memory for the session, and says so, when the browser keeps nothing (private mode)', async () => {
    await renderWorkshop('zh-CN', { adapter: createMemoryAdapter() });
    expect(screen.getByRole('alert')).toHaveTextContent('当前浏览器不允许保存场次数据');
  });

  it('leaves out a saved cohort it cannot read, and says so', async () => {
    const broken = { id: 'broken', name: 42, members: 'nope' };
    const good: StoredCohort = storedCohort([]);
    await renderWorkshop('en', { adapter: createMemoryAdapter({ persistent: true, records: [broken, good] }) });
    expect(screen.getByRole('alert')).toHaveTextContent('1 saved cohort could not be read and is not shown.');
    expect(screen.getByRole('link', { name: 'Ningbo, March 2027' })).toBeInTheDocument();
  });
});
