import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openStep, stored } from './open-step';

const noteOf = (question: RegExp) => {
  const box = screen.getByRole('radiogroup', { name: question }).closest('.question') as HTMLElement;
  return within(box);
};

describe('notes (evidence)', () => {
  it('saves a note shortly after typing stops, without waiting for the box to lose focus', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'rd', 'R&D and technology');
    const q = noteOf(/patents/i);
    await user.click(q.getByText('Add a note or evidence'));
    await user.type(q.getByRole('textbox', { name: /Note or evidence/ }), 'Two PCT filings in 2025');
    await waitFor(() => expect(stored(id, 'rd.patents_abroad')?.note).toBe('Two PCT filings in 2025'));
  });

  it('saves a note at once when the user moves on, even within the saving delay', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'rd', 'R&D and technology');
    const q = noteOf(/patents/i);
    await user.click(q.getByText('Add a note or evidence'));
    const box = q.getByRole('textbox', { name: /Note or evidence/ });
    await user.type(box, 'EPO grant');
    await user.tab();
    expect(stored(id, 'rd.patents_abroad')?.note).toBe('EPO grant');
  });

  it('keeps unsaved note text and a stored note through a language switch, and opens an existing note', async () => {
    const user = userEvent.setup();
    const { id } = await openStep('en', 'rd', 'R&D and technology', { 'rd.core_tech': { note: 'Own motor design' } });
    expect(noteOf(/core technology/).getByRole('textbox', { name: /Note or evidence/ })).toHaveValue('Own motor design');

    const q = noteOf(/patents/i);
    await user.click(q.getByText('Add a note or evidence'));
    const box = q.getByRole('textbox', { name: /Note or evidence/ });
    await user.type(box, '半句');
    await act(async () => {
      await user.click(screen.getByRole('button', { name: /中文/ }));
    });
    await screen.findByRole('heading', { level: 1, name: '研发与技术' });
    expect(noteOf(/境外拥有专利/).getByRole('textbox', { name: /备注或依据/ })).toHaveValue('半句');
    expect(noteOf(/核心技术/).getByRole('textbox', { name: /备注或依据/ })).toHaveValue('Own motor design');
    await waitFor(() => expect(stored(id, 'rd.patents_abroad')?.note).toBe('半句'));
  });
});
