import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openStep, stored } from './open-step';

const managers = () => screen.queryByRole('radiogroup', { name: /headed by a locally hired manager/ });

describe('questionnaire skip logic', () => {
  it('shows the local-managers question once the firm assembles abroad, hides it again and keeps its answer', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'localisation', 'Localised operations');
    const production = screen.getByRole('radiogroup', { name: /produce outside China/ });
    expect(managers(), 'hidden while nothing abroad is answered').toBeNull();

    await user.click(within(production).getByRole('radio', { name: 'Our own assembly abroad' }));
    expect(stored(id, 'loc.production')?.value).toBe('assembly');
    const shown = await screen.findByRole('radiogroup', { name: /headed by a locally hired manager/ });
    await user.click(within(shown).getByRole('radio', { name: 'Most of them' }));
    expect(stored(id, 'loc.local_managers')?.value).toBe('most');

    await user.click(within(production).getByRole('radio', { name: 'No' }));
    expect(managers(), 'hidden again').toBeNull();
    expect(stored(id, 'loc.local_managers')?.value, 'the hidden answer is kept').toBe('most');
    expect(screen.getByText(/questions answered/).textContent, 'a hidden answer never counts').toMatch(/^1 of \d+ questions answered/);

    await user.click(within(production).getByRole('radio', { name: 'Our own full manufacturing abroad' }));
    expect(within((await screen.findByRole('radiogroup', { name: /headed by a locally hired manager/ }))).getByRole('radio', { name: 'Most of them' })).toBeChecked();
  });

  it('reveals follow-up questions in the firm profile as soon as exporting is answered', async () => {
    const user = userEvent.setup();
    await openStep('zh-CN', 'profile', '企业概况');
    expect(screen.queryByRole('textbox', { name: /海外收入/ })).toBeNull();
    await user.click(within(screen.getByRole('radiogroup', { name: /企业有海外销售吗/ })).getByRole('radio', { name: '每年稳定出口' }));
    expect(await screen.findByRole('radiogroup', { name: /海外销售有多少年/ })).toBeInTheDocument();
  });
});
