import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openStep, stored } from './open-step';

describe('"don\'t know"', () => {
  it('is a radio in the same group for single choice, and choosing an option replaces it', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'rd', 'R&D and technology');
    const group = screen.getByRole('radiogroup', { name: /core technology/ });
    const radios = within(group).getAllByRole('radio');
    const dontKnow = within(group).getByRole('radio', { name: 'Don’t know' });
    expect(radios.at(-1)).toBe(dontKnow);
    await user.click(dontKnow);
    expect(stored(id, 'rd.core_tech')).toMatchObject({ dontKnow: true });
    await user.click(radios[0]!);
    expect(stored(id, 'rd.core_tech')?.dontKnow).toBe(false);
    expect(stored(id, 'rd.core_tech')?.value).toBe(radios[0]!.getAttribute('value'));
    expect(dontKnow).not.toBeChecked();
  });

  it('clears and disables a number box, and unticking gives the box back', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('zh-CN', 'rd', '研发与技术', { 'rd.intensity': { value: 6 } });
    const box = screen.getByRole('textbox', { name: /研发投入占营业收入的比例/ });
    const fieldset = box.closest('fieldset')!;
    await user.click(within(fieldset).getByRole('checkbox', { name: '不清楚' }));
    expect(box).toBeDisabled();
    expect(box).toHaveValue('');
    expect(stored(id, 'rd.intensity')).toMatchObject({ dontKnow: true, value: undefined });
    await user.click(within(fieldset).getByRole('checkbox', { name: '不清楚' }));
    expect(box).toBeEnabled();
    await user.type(box, '7');
    expect(stored(id, 'rd.intensity')).toMatchObject({ dontKnow: false, value: 7 });
  });

  it('disables the options of a multiple choice, and "none of these" clears the other choices', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'brand', 'Brand and channels');
    const group = screen.getByRole('group', { name: /sales channels abroad/ });
    await user.click(within(group).getByRole('checkbox', { name: 'An overseas warehouse' }));
    await user.click(within(group).getByRole('checkbox', { name: /Our own sales company/ }));
    expect(stored(id, 'brand.channels')?.value).toEqual(['own_subsidiary', 'overseas_warehouse']);
    await user.click(within(group).getByRole('checkbox', { name: 'None of these' }));
    expect(stored(id, 'brand.channels')?.value).toEqual(['none']);
    expect(within(group).getByRole('checkbox', { name: 'An overseas warehouse' })).not.toBeChecked();

    await user.click(within(group).getByRole('checkbox', { name: 'Don’t know' }));
    expect(stored(id, 'brand.channels')).toMatchObject({ dontKnow: true, value: undefined });
    for (const box of within(group).getAllByRole('checkbox').slice(0, -1)) expect(box).toBeDisabled();
  });
});
