import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { appStore } from '@/lib/store/use-app-store';
import { openStep, stored } from './open-step';

describe('answers changed elsewhere (another tab)', () => {
  it('shows answers that arrive in the store while the step is open', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'rd', 'R&D and technology');
    const group = screen.getByRole('radiogroup', { name: /core technology/ });
    const [first, second] = within(group).getAllByRole('radio');
    await user.click(first!);
    expect(stored(id, 'rd.core_tech')?.value).toBe(first!.getAttribute('value'));

    act(() => appStore.getState().setAnswer(id, 'rd.core_tech', { value: second!.getAttribute('value')!, dontKnow: false }));
    expect(second).toBeChecked();
    expect(first).not.toBeChecked();
    act(() => appStore.getState().setAnswer(id, 'rd.intensity', { value: 7 }));
    expect(screen.getByRole('textbox', { name: /share of revenue did you spend on R&D/ })).toHaveValue('7');
  });
});
