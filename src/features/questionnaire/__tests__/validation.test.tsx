import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appStore } from '@/lib/store/use-app-store';
import { openStep, stored } from './open-step';

const RD_TITLE = 'R&D and technology';
const intensityBox = (name: RegExp) => screen.getByRole('textbox', { name });

describe('questionnaire validation', () => {
  it('keeps a percentage above 100 on screen with an announced message beside it, and does not save it', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'rd', RD_TITLE, { 'rd.intensity': { value: 40 } });
    const box = intensityBox(/share of revenue did you spend on R&D/);
    expect(box).toHaveValue('40');
    await user.clear(box);
    await user.type(box, '150');

    expect(box).toHaveValue('150');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    const message = await screen.findByText('Enter a number from 0 to 100.');
    expect(message).toHaveAttribute('role', 'alert');
    expect(box.getAttribute('aria-describedby')).toContain(message.id);
    expect(stored(id, 'rd.intensity')?.value, 'not saved as 100 nor as the 15 typed on the way').toBeUndefined();

    await user.clear(box);
    await user.type(box, '4.5');
    expect(stored(id, 'rd.intensity')?.value).toBe(4.5);
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(message).toBeEmptyDOMElement();
  });

  it('refuses text that is not a number in Chinese without saving it as 0', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('zh-CN', 'rd', '研发与技术');
    const box = intensityBox(/研发投入占营业收入的比例/);
    await user.type(box, 'abc');
    expect(box).toHaveValue('abc');
    expect(await screen.findByText('请输入数字，如12或12.5。')).toHaveAttribute('role', 'alert');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(stored(id, 'rd.intensity')?.value).toBeUndefined();
  });

  it('accepts full-width digits from a Chinese input method', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('zh-CN', 'rd', '研发与技术');
    await user.type(intensityBox(/研发投入占营业收入的比例/), '３．５');
    expect(stored(id, 'rd.intensity')?.value).toBe(3.5);
  });

  it('shows the message in the new language when the language changes, with the typed text kept', async () => {
    const user = userEvent.setup();
    await openStep('en', 'rd', RD_TITLE);
    const box = intensityBox(/share of revenue did you spend on R&D/);
    await user.type(box, '-3');
    expect(await screen.findByText('Enter zero or more.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /中文/ }));
    await screen.findByRole('heading', { level: 1, name: '研发与技术' });
    expect(screen.getByText('不能为负数。')).toBeInTheDocument();
    expect(intensityBox(/研发投入占营业收入的比例/)).toHaveValue('-3');
  });

  it('warns about unanswered profile questions on leaving, focuses the first, and lets a second try go on', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'profile', 'Firm profile', { 'profile.industry': { value: 'machinery' } });
    const hash = window.location.hash;
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const employees = screen.getByRole('radiogroup', { name: /How many people/ });
    await waitFor(() => expect(employees).toHaveAttribute('aria-invalid', 'true'));
    expect(within(employees.parentElement!).getByText('Answer, or choose “Don’t know”.')).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: /main industry/ })).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(document.activeElement).toBe(within(employees).getAllByRole('radio')[0]));
    expect(screen.getByRole('status')).toHaveTextContent(/answers on this step need attention/);
    expect(window.location.hash, 'the first attempt stays on the step').toBe(hash);

    // Answering clears that question's message at once.
    await user.click(within(employees).getByRole('radio', { name: 'Don’t know' }));
    expect(employees).not.toHaveAttribute('aria-invalid');
    expect(stored(id, 'profile.employees')?.dontKnow).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 1, name: RD_TITLE });
    expect(appStore.getState().assessments[id]?.step).toBe('rd');
  });

  it('keeps an empty message element tied to each field before any error, so a message fills room already there', async () => {
    const user = userEvent.setup();
    await openStep('en', 'rd', RD_TITLE);
    const box = intensityBox(/share of revenue did you spend on R&D/);
    const describedBy = box.getAttribute('aria-describedby')!.split(' ');
    const messageBox = describedBy.map((x) => document.getElementById(x)).find((el) => el?.getAttribute('role') === 'alert')!;
    expect(messageBox, 'the message element exists before any error').toBeInTheDocument();
    expect(messageBox).toHaveClass('q-error');
    await act(async () => {
      await user.type(box, 'x');
    });
    expect(messageBox).not.toBeEmptyDOMElement();
  });
});
