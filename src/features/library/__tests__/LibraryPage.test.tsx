import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { appStore } from '@/lib/store/use-app-store';
import { UNDO_WINDOW_MS } from '../use-undo-status';
import { polyfillDialog, renderLibrary, sampleAssessment } from './library-test-utils';

beforeAll(polyfillDialog);
afterEach(() => vi.useRealTimers());

const item = (name: string | RegExp) => screen.getByRole('article', { name });
const stored = () => appStore.getState().assessments;

describe('My assessments: the list', () => {
  it('lists each assessment with its name, dates, share answered and links to continue and to results', async () => {
    await renderLibrary('en', [sampleAssessment(), sampleAssessment({ id: 'anon', name: '', createdAt: 1_700_000_000_000, answers: {} })]);
    const ningbo = item('Ningbo Pumps');
    expect(within(ningbo).getByText(/^Started /)).toHaveTextContent(/Mar.*10.*2026/);
    expect(within(ningbo).getByText(/^Last changed /)).toBeInTheDocument();
    expect(within(ningbo).getByText(/answered \(3 of the \d+ questions that apply\)/)).toBeInTheDocument();
    expect(within(ningbo).getByRole('link', { name: 'Continue Ningbo Pumps' })).toHaveAttribute('href', '#/assess/ningbo');
    expect(within(ningbo).getByRole('link', { name: 'Results Ningbo Pumps' })).toHaveAttribute('href', '#/results/ningbo');
    const anonymous = item('Anonymous assessment');
    expect(within(anonymous).getByRole('button', { name: /^Delete anonymous assessment started/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /Assessments on this device \(2 assessments\)/ })).toBeInTheDocument();
  });

  it('says so when there is no assessment yet, and "New assessment" starts one', async () => {
    await renderLibrary('en');
    expect(screen.getByText(/There is no assessment on this device yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New assessment' }));
    const ids = Object.keys(stored());
    expect(ids).toHaveLength(1);
    expect(window.location.hash).toBe(`#/assess/${ids[0]}`);
  });

  it('shows hostile names as inert text, isolated from the page direction', async () => {
    const xss = '<img src=x onerror="window.__xss=1">';
    const rtl = '\u202Egnp.exe Trojan';
    const huge = 'W'.repeat(100_000);
    await renderLibrary('en', [
      sampleAssessment({ id: 'x1', name: xss }),
      sampleAssessment({ id: 'x2', name: rtl, createdAt: 1 }),
      sampleAssessment({ id: 'x3', name: huge, createdAt: 2 }),
    ]);
    expect(document.querySelector('main img'), 'no element made from a name').toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: xss })).toHaveAttribute('dir', 'auto');
    expect(screen.getByRole('heading', { level: 3, name: rtl })).toHaveClass('user-text');
    // A 100 kB name is shown (clipped by CSS) but button names use a short form.
    expect(screen.getByRole('heading', { level: 3, name: huge })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Delete ${'W'.repeat(80)}…` })).toBeInTheDocument();
    expect('__xss' in window, 'no injected script ran').toBe(false);
  });

  it('shows the page in Chinese', async () => {
    await renderLibrary('zh-CN', [sampleAssessment({ name: '' })]);
    expect(item('匿名自评')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^继续作答/ })).toBeInTheDocument();
    expect(screen.getByText(/^开始于2026年3月10日/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '新建自评' })).toBeInTheDocument();
  });
});

describe('My assessments: rename and duplicate', () => {
  it('renames inline, keeps focus in place and saves the new name', async () => {
    await renderLibrary('en', [sampleAssessment()]);
    await userEvent.click(screen.getByRole('button', { name: 'Rename Ningbo Pumps' }));
    const box = screen.getByRole('textbox', { name: 'Firm name (optional)' });
    expect(box).toHaveFocus();
    expect(box).toHaveAccessibleDescription(/Leave it empty to keep the assessment anonymous/);
    await userEvent.clear(box);
    await userEvent.type(box, '宁波泵业 Ningbo{Enter}');
    expect(stored().ningbo?.name).toBe('宁波泵业 Ningbo');
    expect(screen.getByRole('heading', { level: 3, name: '宁波泵业 Ningbo' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Renamed: 宁波泵业 Ningbo');
    expect(screen.getByRole('button', { name: 'Rename 宁波泵业 Ningbo' })).toHaveFocus();
  });

  it('makes an assessment anonymous when the name is emptied, and Escape cancels a rename', async () => {
    await renderLibrary('en', [sampleAssessment()]);
    await userEvent.click(screen.getByRole('button', { name: 'Rename Ningbo Pumps' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Firm name (optional)' }), 'typed{Escape}');
    expect(stored().ningbo?.name).toBe('Ningbo Pumps');
    expect(screen.queryByRole('textbox')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Rename Ningbo Pumps' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Firm name (optional)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(stored().ningbo?.name).toBe('');
    expect(item('Anonymous assessment')).toBeInTheDocument();
  });

  it('duplicates an assessment with all its answers under a new name', async () => {
    await renderLibrary('en', [sampleAssessment()]);
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate Ningbo Pumps' }));
    const copy = Object.values(stored()).find((a) => a.id !== 'ningbo');
    expect(copy?.name).toBe('Copy of Ningbo Pumps');
    expect(copy?.answers).toEqual(sampleAssessment().answers);
    expect(screen.getByRole('heading', { level: 3, name: 'Copy of Ningbo Pumps' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Copy created: Copy of Ningbo Pumps');
  });
});

describe('My assessments: delete with confirmation and undo', () => {
  it('asks first; Cancel keeps the assessment and returns focus to its Delete button', async () => {
    await renderLibrary('en', [sampleAssessment()]);
    await userEvent.click(screen.getByRole('button', { name: 'Delete Ningbo Pumps' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this assessment?' });
    expect(dialog).toHaveAccessibleDescription(/with all its answers and notes, will be removed/);
    expect(within(dialog).getByText('Ningbo Pumps')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' }), 'focus starts on the safe choice').toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stored().ningbo).toBeDefined();
    expect(screen.getByRole('button', { name: 'Delete Ningbo Pumps' })).toHaveFocus();
  });

  it('Escape cancels the confirmation', async () => {
    await renderLibrary('en', [sampleAssessment()]);
    await userEvent.click(screen.getByRole('button', { name: 'Delete Ningbo Pumps' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stored().ningbo).toBeDefined();
  });

  it('deletes on confirmation, then offers Undo (focused) that brings it back whole', async () => {
    await renderLibrary('en', [sampleAssessment()]);
    await userEvent.click(screen.getByRole('button', { name: 'Delete Ningbo Pumps' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(stored().ningbo).toBeUndefined();
    expect(screen.queryByRole('article', { name: 'Ningbo Pumps' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted: Ningbo Pumps');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(stored().ningbo?.answers).toEqual(sampleAssessment().answers);
    expect(screen.getByRole('heading', { level: 3, name: 'Ningbo Pumps' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Restored: Ningbo Pumps');
  });

  it('withdraws Undo after about ten seconds once focus has moved on, and at the next action', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await renderLibrary('en', [sampleAssessment(), sampleAssessment({ id: 'other', name: 'Other Co' })]);
    await user.click(screen.getByRole('button', { name: 'Delete Ningbo Pumps' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    act(() => vi.advanceTimersByTime(UNDO_WINDOW_MS + 100));
    expect(screen.getByRole('button', { name: 'Undo' }), 'kept while it has focus').toBeInTheDocument();
    act(() => screen.getByRole('heading', { level: 1 }).focus());
    act(() => vi.advanceTimersByTime(UNDO_WINDOW_MS + 100));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Delete Other Co' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    expect(screen.queryByRole('button', { name: 'Undo' }), 'the next action replaces it').toBeNull();
  });
});
