import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '@/domain/exchange/exchange-format';
import { appStore } from '@/lib/store/use-app-store';
import { openStep } from './open-step';

const nameOf = (id: string) => appStore.getState().assessments[id]?.name;
const markedQuestions = () => [...document.querySelectorAll<HTMLElement>('.question:not([hidden])')].filter((q) => q.querySelector('[aria-invalid="true"]'));

describe('the profile step', () => {
  it('takes the firm name first, says where it goes, and saves it as the assessment’s name (as Rename does)', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'profile', 'Firm profile');
    const box = screen.getByRole('textbox', { name: 'Firm name (optional)' });
    expect(box).toHaveAccessibleDescription(/stays on this device/);
    expect(box).toHaveAccessibleDescription(/hand-in to a workshop facilitator leaves it out unless you choose/);
    expect(box).toHaveAttribute('maxLength', String(IMPORT_LIMITS.maxNameLength));
    const first = document.querySelector('.question');
    expect(box.compareDocumentPosition(first!) & Node.DOCUMENT_POSITION_FOLLOWING, 'above the first question').toBeTruthy();

    await user.type(box, '  Ningbo Pumps ');
    expect(box).toHaveValue('  Ningbo Pumps ');
    expect(nameOf(id), 'stored trimmed').toBe('Ningbo Pumps');
    await user.clear(box);
    expect(nameOf(id), 'emptied: anonymous again').toBe('');

    // Renamed under "My assessments" (or in another tab): the field shows it.
    act(() => appStore.getState().rename(id, '宁波泵业'));
    expect(box).toHaveValue('宁波泵业');
  });

  it('asks for the name in Chinese too', async () => {
    await openStep('zh-CN', 'profile', '企业概况');
    expect(screen.getByRole('textbox', { name: '企业名称（选填）' })).toHaveAccessibleDescription(/只保存在本设备上/);
  });

  it('counts down the answers that need attention as each is given, and drops the notice when none is left', async () => {
    const user = userEvent.setup();
    await openStep('en', 'profile', 'Firm profile', { 'profile.industry': { value: 'machinery' } });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const notice = screen.getByRole('status');
    await waitFor(() => expect(notice).toHaveTextContent(/answers on this step need attention/));
    const total = markedQuestions().length;
    expect(total, 'several profile questions open').toBeGreaterThan(2);
    expect(notice).toHaveTextContent(`${total} answers`);

    await user.click(within(markedQuestions()[0]!).getByRole('radio', { name: 'Don’t know' }));
    expect(notice).toHaveTextContent(`${total - 1} answer`);

    for (let q = markedQuestions()[0]; q; q = markedQuestions()[0]) {
      const dontKnow = within(q).queryByRole('radio', { name: 'Don’t know' }) ?? within(q).getByRole('checkbox', { name: 'Don’t know' });
      await user.click(dontKnow);
    }
    expect(notice, 'every gap answered: the notice is gone').toBeEmptyDOMElement();
    expect(screen.getByRole('heading', { level: 1, name: 'Firm profile' }), 'still on the step').toBeInTheDocument();
  });
});
