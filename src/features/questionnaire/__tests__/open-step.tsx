import { act, screen } from '@testing-library/react';
import type { Answer } from '@/domain/assessment/assessment';
import type { Language } from '@/lib/i18n/languages';
import { appStore } from '@/lib/store/use-app-store';
import { renderApp } from '../../../../test/setup/render-app';

/** Renders the app, creates an assessment with `answers`, opens `step` of it and waits for its heading. */
export async function openStep(
  lng: Language,
  step: string,
  heading: string | RegExp,
  answers: Record<string, Partial<Omit<Answer, 'updatedAt'>>> = {},
  query = '',
) {
  const view = await renderApp(lng, '#/');
  const id = appStore.getState().createAssessment();
  for (const [q, patch] of Object.entries(answers)) appStore.getState().setAnswer(id, q, patch);
  await act(async () => {
    window.location.hash = `#/assess/${id}/${step}${query}`;
  });
  // The first visit loads the page and its locale chunks, which can take a while on a busy machine.
  await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 8000 });
  return { ...view, id };
}

/** The stored answer of a question. */
export const stored = (id: string, questionId: string) => appStore.getState().assessments[id]?.answers[questionId];
