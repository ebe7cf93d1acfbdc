import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appStore } from '@/lib/store/use-app-store';
import { renderApp } from '../../../../test/setup/render-app';
import { openStep } from './open-step';

const go = (hash: string) =>
  act(async () => {
    window.location.hash = hash;
  });

describe('questionnaire addresses and steps', () => {
  it('creates an assessment when there is none and opens its firm profile', async () => {
    await renderApp('en', '#/assess');
    await screen.findByRole('heading', { level: 1, name: 'Firm profile' }, { timeout: 8000 });
    const id = appStore.getState().currentId;
    expect(Object.keys(appStore.getState().assessments), 'exactly one assessment').toEqual([id]);
    expect(window.location.hash).toBe(`#/assess/${id}/profile`);
    expect(screen.getByText('Step 1 of 10')).toBeInTheDocument();
  });

  it('saves the step on every move and resumes there from #/assess', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'standards', 'Standards and certification');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 1, name: 'Brand and channels' });
    expect(appStore.getState().assessments[id]?.step).toBe('brand');
    await go('#/');
    await screen.findByRole('heading', { level: 1, name: /Where does your firm stand/ });
    await go('#/assess');
    await screen.findByRole('heading', { level: 1, name: 'Brand and channels' });
    expect(window.location.hash).toBe(`#/assess/${id}/brand`);
  });

  it('jumps to any step from the step list, which marks the current step', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('zh-CN', 'rd', '研发与技术');
    const nav = screen.getByRole('navigation', { name: '问卷步骤' });
    expect(within(nav).getAllByRole('link')).toHaveLength(10);
    expect(within(nav).getByRole('link', { name: /研发与技术/ })).toHaveAttribute('aria-current', 'step');
    await user.click(within(nav).getByRole('link', { name: /人才与组织/ }));
    await screen.findByRole('heading', { level: 1, name: '人才与组织' });
    expect(window.location.hash).toBe(`#/assess/${id}/talent`);
    expect(screen.getByText('第9步，共10步')).toBeInTheDocument();
  });

  it('says so when the assessment does not exist, and offers to start a new one', async () => {
    const user = userEvent.setup();
    await renderApp('en', '#/assess/no-such-id/rd');
    await screen.findByRole('heading', { level: 1, name: 'Assessment not found' }, { timeout: 8000 });
    await user.click(screen.getByRole('button', { name: 'Start a new assessment' }));
    await screen.findByRole('heading', { level: 1, name: 'Firm profile' });
    const id = appStore.getState().currentId!;
    expect(window.location.hash).toBe(`#/assess/${id}/profile`);
  });

  it('shows every question, option and help text in both languages in the bilingual view', async () => {
    const user = userEvent.setup();
    await openStep('en', 'localisation', 'Localised operations');
    await user.click(screen.getByRole('button', { name: 'Bilingual view' }));
    expect(screen.getByRole('button', { name: 'Bilingual view' })).toHaveAttribute('aria-pressed', 'true');
    const group = screen.getByRole('radiogroup', { name: /produce outside China/ });
    await waitFor(() => expect(within(group).getByText('企业在境外生产吗？（如有多项，选最高的一项）')).toHaveAttribute('lang', 'zh-CN'));
    expect(within(group).getByRole('radio', { name: /Our own assembly abroad.*在境外自有工厂组装/ })).toBeInTheDocument();
    expect(group.closest('.question')!.querySelector('details.q-help [lang="zh-CN"]')).not.toBeNull();
    expect(appStore.getState().preferences.bilingual).toBe(true);
  });
});
