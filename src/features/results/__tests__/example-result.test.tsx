import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_ASSESSMENT } from '@/content/example-firm';
import { instrument } from '@/content/instrument';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { appStore } from '@/lib/store/use-app-store';
import { renderApp } from '../../../../test/setup/render-app';

describe('the built-in example result', () => {
  it('shows an invented firm’s result from its URL alone, without storing it', async () => {
    const expected = scoreAssessment(instrument, EXAMPLE_ASSESSMENT.answers);
    expect(expected.completeness.complete).toBe(true);
    await renderApp('en', '#/results/example');
    expect(await screen.findByRole('heading', { level: 1, name: 'Results: Example firm (invented)' })).toBeInTheDocument();
    expect(screen.getByText(/This is an invented example/)).toBeInTheDocument();
    expect(document.querySelector('.rung-headline')?.getAttribute('data-rung')).toBe(expected.ladder.rung);
    expect(appStore.getState().assessments).toEqual({});
    expect(screen.queryByRole('link', { name: 'Change answers' })).not.toBeInTheDocument();
  });
});
