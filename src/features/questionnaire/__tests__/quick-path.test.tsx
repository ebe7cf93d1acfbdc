import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { quickQuestionIds } from '@/domain/scoring/quick-result';
import { appStore } from '@/lib/store/use-app-store';
import { renderApp } from '../../../../test/setup/render-app';
import { stored } from './open-step';

const shownQuestions = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[data-question]:not([hidden])')].map((e) => e.dataset.question);

describe('the quick path', () => {
  it('starts a new assessment with only the quick questions, stores each answer, and shows the provisional result with the ways on', async () => {
    const user = userEvent.setup();
    const { container } = await renderApp('en', '#/assess/quick');
    await screen.findByRole('heading', { level: 1, name: 'Quick start' }, { timeout: 8000 });
    const id = appStore.getState().currentId!;
    expect(Object.keys(appStore.getState().assessments), 'exactly one new assessment').toEqual([id]);
    expect(window.location.hash).toBe(`#/assess/${id}/quick`);
    expect(shownQuestions(container)).toEqual(quickQuestionIds(instrument));

    const exports = container.querySelector<HTMLElement>('[data-question="profile.export_status"]')!;
    await user.click(within(exports).getByRole('radio', { name: 'Regularly, every year' }));
    const share = container.querySelector<HTMLElement>('[data-question="brand.own_share"]')!;
    await user.type(share.querySelector<HTMLInputElement>('input[type="text"]')!, '150');
    expect(stored(id, 'profile.export_status')?.value).toBe('regular');
    expect(stored(id, 'brand.own_share')?.value, 'a refused entry is never stored').toBeUndefined();
    expect(screen.getByText('1 of 12 quick questions answered')).toBeInTheDocument();

    // A first attempt to leave with a refused entry says so; a second goes on.
    await user.click(screen.getByRole('button', { name: 'See the provisional result' }));
    expect(await screen.findByText(/1 answer needs attention/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'See the provisional result' }));
    await screen.findByRole('heading', { level: 1, name: 'Provisional result' });
    expect(window.location.hash).toBe(`#/assess/${id}/quick/result`);
    expect(screen.getByText(/^Provisional: this rests on 1 answered question out of the 49/)).toBeInTheDocument();
    expect(screen.getByText('Product export')).toBeInTheDocument();
    expect(screen.getByText(/The firm may already have reached Brand export/)).toBeInTheDocument();
    expect(screen.getByText('Own brand: 1 question open')).toBeInTheDocument();
    await user.click(screen.getByText('Own brand: 1 question open'));
    expect(screen.getByRole('link', { name: /share of your export sales/i })).toHaveAttribute('href', `#/assess/${id}/brand?q=brand.own_share`);
    expect(screen.getByRole('link', { name: 'Continue to the full questionnaire' })).toHaveAttribute('href', `#/assess/${id}/profile`);
    expect(screen.getByRole('link', { name: 'Hand in to the facilitator' })).toHaveAttribute('href', `#/handin/${id}`);

    await user.click(screen.getByRole('link', { name: 'Continue to the full questionnaire' }));
    await screen.findByRole('heading', { level: 1, name: 'Firm profile' });
    await waitFor(() => expect(within(container.querySelector<HTMLElement>('[data-question="profile.export_status"]')!).getByRole('radio', { name: 'Regularly, every year' })).toBeChecked());
    expect(Object.keys(appStore.getState().assessments)).toEqual([id]);
  });
});
