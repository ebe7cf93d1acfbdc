import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appStore } from '@/lib/store/use-app-store';
import { firmAssessments, renderWorkshop, resultFile, textFile } from './workshop-test-utils';

const visible = (s: string | null) => (s ?? '').replace(/[\u2068\u2069]/g, '');

async function createCohort(name: string) {
  await userEvent.type(screen.getByRole('textbox', { name: 'Cohort name' }), name);
  await userEvent.click(screen.getByRole('button', { name: 'Create cohort' }));
  await screen.findByRole('heading', { level: 1, name });
}

const memberRows = () => within(screen.getByRole('table', { name: 'Firms in the order they were added' })).getAllByRole('row').slice(1);

describe('workshop: gathering the room’s results', () => {
  it('imports many files at once: good ones load, each bad one is named with its reason, duplicates keep the newest', async () => {
    await renderWorkshop('en');
    await createCohort('Ningbo, March 2027');
    const [a, b, c, d] = firmAssessments();
    const newerA = { ...a!, name: 'Firm A revised', updatedAt: a!.updatedAt + 1000 };
    const unknown = { ...b!, id: 'other', answers: { ...b!.answers, 'zz.unasked': { value: 'x', updatedAt: 1 } } };
    await userEvent.upload(screen.getByLabelText('Choose result files'), [
      resultFile(a!),
      resultFile(b!),
      textFile('{"format": "chuhai-assessment", ', 'cut-off.json'),
      resultFile(c!),
      resultFile(newerA, 'a-again.json'),
      textFile(JSON.stringify({ spreadsheet: true }), 'budget.json'),
      resultFile(unknown, 'from-the-future.json'),
      resultFile(d!),
    ]);
    const summary = await screen.findByTestId('import-summary', {}, { timeout: 5000 });
    expect(summary).toHaveTextContent('5 files read. 4 firms added. 1 firm already in the cohort was replaced by a newer copy of its results.');
    const alert = screen.getByRole('alert');
    expect(visible(alert.textContent)).toContain('3 files could not be added:');
    const reasons = within(alert).getAllByRole('listitem').map((li) => visible(li.textContent));
    expect(reasons[0]).toMatch(/^cut-off\.json cannot be read as JSON/);
    expect(reasons[1]).toMatch(/^budget\.json is not a Chuhai result file/);
    expect(reasons[2]).toMatch(/^from-the-future\.json has answers to questions this version of Chuhai does not ask \(zz\.unasked\)/);
    await waitFor(() => expect(memberRows()).toHaveLength(4));
    expect(memberRows().map((r) => within(r).getAllByRole('rowheader')[0]!.textContent)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('adds assessments made on this computer (as copies), and removes a firm with undo', async () => {
    const [a, b, local] = firmAssessments();
    await renderWorkshop('en');
    act(() => appStore.getState().putAssessment({ ...local!, name: 'Local Pumps' }));
    await createCohort('Wuxi');
    await userEvent.upload(screen.getByLabelText('Choose result files'), [resultFile(a!), resultFile(b!)]);
    await screen.findByText(/2 firms added/, {}, { timeout: 5000 });

    await userEvent.click(screen.getByRole('checkbox', { name: /Local Pumps/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add the selected assessments' }));
    expect(screen.getByTestId('import-summary')).toHaveTextContent('1 assessment from this computer added.');
    await waitFor(() => expect(memberRows()).toHaveLength(3));
    expect(screen.getByRole('checkbox', { name: /Local Pumps/ })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Remove firm B' }));
    await waitFor(() => expect(memberRows()).toHaveLength(2));
    expect(screen.getByText('Firm B removed from the cohort.')).toBeInTheDocument();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await userEvent.click(undo);
    await waitFor(() => expect(memberRows().map((r) => within(r).getAllByRole('rowheader')[0]!.textContent)).toEqual(['A', 'B', 'C']));
  });

  it('explains a refused file in Chinese too', async () => {
    await renderWorkshop('zh-CN');
    await userEvent.type(screen.getByRole('textbox', { name: '场次名称' }), '宁波');
    await userEvent.click(screen.getByRole('button', { name: '新建场次' }));
    await screen.findByRole('heading', { level: 1, name: '宁波' });
    await userEvent.upload(screen.getByLabelText('选择结果文件'), [textFile('', 'empty.json')]);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(visible(alert.textContent)).toContain('1个文件未能添加：');
    expect(visible(alert.textContent)).toContain('empty.json是空文件，里面没有自评。');
  });
});
