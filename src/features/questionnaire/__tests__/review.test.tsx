import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument/index';
import { indexInstrument } from '@/domain/scoring/instrument-index';
import { visibleQuestions } from '@/domain/scoring/visibility';
import { openStep } from './open-step';

describe('review step', () => {
  it('lists unanswered and "don\'t know" questions by section, each linking straight to its question', async () => {
    const { id } = await openStep('en', 'review', 'Review your answers', {
      'rd.intensity': { dontKnow: true },
      'rd.patents_abroad': { value: 'filed' },
    });
    const rd = screen.getByRole('region', { name: 'R&D and technology' });
    const intensity = within(rd).getByRole('link', { name: /share of revenue did you spend on R&D/ });
    expect(intensity).toHaveAttribute('href', `#/assess/${id}/rd?q=rd.intensity`);
    expect(intensity.parentElement).toHaveTextContent('Don’t know');
    expect(within(rd).queryByRole('link', { name: /patents outside China/ }), 'answered questions are not listed').toBeNull();
    expect(within(rd).getByRole('link', { name: /core technology/ }).parentElement).toHaveTextContent('Not answered');
    expect(screen.getByRole('region', { name: 'Firm profile' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the results' })).toHaveAttribute('href', `#/results/${id}`);
  });

  it('takes the user to the question and puts focus on it', async () => {
    const user = userEvent.setup();
    await openStep('zh-CN', 'review', '检查答案');
    const region = screen.getByRole('region', { name: '品牌与渠道' });
    await act(async () => {
      await user.click(within(region).getByRole('link', { name: /销售渠道/ }));
    });
    await screen.findByRole('heading', { level: 1, name: '品牌与渠道' }, { timeout: 5000 });
    const group = screen.getByRole('group', { name: /销售渠道/ });
    await waitFor(() => expect(document.activeElement).toBe(within(group).getAllByRole('checkbox')[0]));
  });

  it('says that nothing is left open when every question shown is answered', async () => {
    // Answer every question that these answers leave visible: the first option, or a number.
    const answers: Record<string, { value: string | string[] | number }> = {};
    const index = indexInstrument(instrument);
    for (let round = 0; round < 3; round++) {
      const shown = visibleQuestions(index, Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, { ...v, updatedAt: 0 }])));
      for (const q of instrument.questions) {
        if (!shown.has(q.id) || answers[q.id]) continue;
        const first = q.options?.[0]?.id ?? '';
        answers[q.id] = { value: q.type === 'multi' ? [first] : q.options ? first : 10 };
      }
    }
    await openStep('en', 'review', 'Review your answers', answers);
    expect(screen.getByText('Every question shown is answered: nothing is left open.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Still open' })).toBeNull();
  });
});
