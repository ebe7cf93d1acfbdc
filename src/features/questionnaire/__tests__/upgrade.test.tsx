import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument/index';
import { upgradeAssessment } from '@/domain/assessment/upgrade-assessment';
import { appStore } from '@/lib/store/use-app-store';
import { renderApp } from '../../../../test/setup/render-app';
import { ASSESSMENT_2026_1 } from '../../../../test/fixtures/assessment-2026-1';

/** The 2026.1 fixture as the store holds it after moving to 2026.2, then a step of it opened. */
async function openUpgraded(lng: 'en' | 'zh-CN', step: string, heading: string) {
  await renderApp(lng, '#/');
  const a = upgradeAssessment(ASSESSMENT_2026_1, instrument, Date.UTC(2026, 11, 4));
  appStore.getState().putAssessment(a);
  await act(async () => {
    window.location.hash = `#/assess/${a.id}/${step}`;
  });
  await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 8000 });
  return a.id;
}

describe('a questionnaire upgrade in the questionnaire', () => {
  it('lists on the review step what to answer again, check and answer for the first time, with the earlier answers in words', async () => {
    const id = await openUpgraded('en', 'review', 'Review your answers');
    const upgrade = screen.getByRole('region', { name: 'Changes in questionnaire 2026.2' });
    const again = within(upgrade).getByRole('link', { name: /How many people does your firm employ/ });
    expect(again).toHaveAttribute('href', `#/assess/${id}/profile?q=profile.employees`);
    expect(again.parentElement).toHaveTextContent('Earlier answer: Fewer than 50');
    expect(within(upgrade).getByRole('link', { name: /control key raw materials upstream/ }).parentElement).toHaveTextContent(
      'Earlier answer: We own resources or key-component production',
    );
    expect(within(upgrade).getByRole('link', { name: /Who buys your products/ })).toBeInTheDocument();
    expect(within(upgrade).getByRole('link', { name: /assess its political, legal and economic risks/ }).parentElement).toHaveTextContent(
      'Earlier answer: Yes, a formal review that we update',
    );
  });

  it('marks a changed question beside it until it is answered again, and lets the user keep a carried answer', async () => {
    const user = userEvent.setup();
    const id = await openUpgraded('zh-CN', 'compliance', '合规、ESG与碳管理');
    const risk = document.querySelector('[data-question="comp.country_risk"]') as HTMLElement;
    expect(within(risk).getByText('请核对')).toBeInTheDocument();
    expect(risk).toHaveTextContent('原回答：有正式评估，并定期更新');
    await user.click(within(risk).getByRole('button', { name: '保留这一回答' }));
    expect(within(risk).queryByText('请核对')).toBeNull();
    expect(appStore.getState().assessments[id]!.answers['comp.country_risk']?.value, 'kept as it was').toBe('written_yearly');
  });
});
