import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { advise } from '@/content/recommendations/advise';
import { answersFromValues } from '@/domain/assessment/answers-from-values';
import type { Answers } from '@/domain/assessment/assessment';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { appStore } from '@/lib/store/use-app-store';
import { ARCHETYPES } from '../../../../test/fixtures/archetypes';
import { renderApp } from '../../../../test/setup/render-app';
import { FIRST_SHOWN } from '../RecommendationsSection';

const archetype = (id: string) => ARCHETYPES.find((a) => a.id === id)!.answers;
const answers = archetype('oem_exporter_70');
const result = scoreAssessment(instrument, answers);
const all = advise(result, answers);
const gaps = all.filter((r) => r.kind === 'gap');

async function open(lng: 'en' | 'zh-CN', firm: Answers = answers) {
  await renderApp(lng, '#/');
  await act(async () => {
    appStore.getState().putAssessment({ id: 'oem', name: 'Shaoxing Textiles', createdAt: 1, updatedAt: 1, instrumentVersion: instrument.version, answers: firm });
    window.location.hash = '#/results/oem';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  return screen.findByRole('region', { name: lng === 'en' ? 'What to do next' : '下一步做什么' });
}

const shownIds = (el: Element) => [...el.querySelectorAll('[data-rec]')].map((c) => c.getAttribute('data-rec'));

describe('recommendations on the results page', () => {
  it('shows the first ten gaps in the engine’s order, priority in words, and all of them on request', async () => {
    const section = await open('en');
    expect(gaps.length).toBeGreaterThan(FIRST_SHOWN);
    expect(within(section).getByText(`${all.length} recommendations`)).toBeInTheDocument();
    const group = section.querySelector('#recs-gaps')!.closest('section')!;
    expect(shownIds(group)).toEqual(gaps.slice(0, FIRST_SHOWN).map((r) => r.id));
    const first = group.querySelector(`[data-rec="${gaps[0]!.id}"]`) as HTMLElement;
    expect(within(first).getByText('High priority')).toBeInTheDocument();
    expect(section.textContent).not.toMatch(/Priority \d/);
    await userEvent.click(within(group).getByRole('button', { name: `Show all ${gaps.length}` }));
    expect(shownIds(group)).toEqual(gaps.map((r) => r.id));
    expect(within(group).getByRole('button', { name: `Show the first ${FIRST_SHOWN} only` })).toHaveAttribute('aria-expanded', 'true');
  });

  it('explains why each one is shown, with the answers behind it', async () => {
    const section = await open('en');
    const first = section.querySelector(`[data-rec="${gaps[0]!.id}"]`) as HTMLElement;
    expect(within(first).getByText('Why you see this')).toBeInTheDocument();
    expect(within(first).getByText('Next steps')).toBeInTheDocument();
  });

  it('lists what a firm at the top rung should keep and deepen, apart from its gaps', async () => {
    const leader = archetype('integrated_chain');
    const deepen = advise(scoreAssessment(instrument, leader), leader).filter((r) => r.kind === 'deepen');
    const section = await open('zh-CN', leader);
    const group = within(section).getByRole('heading', { name: '保持与深化' }).closest('section')!;
    expect(shownIds(group)).toEqual(deepen.map((r) => r.id));
    expect(deepen.length).toBeGreaterThanOrEqual(3);
  });

  it('acknowledges support the firm already uses instead of listing it again', async () => {
    const using = { ...answers, ...answersFromValues({ 'profile.public_services': ['credit_insurance'] }) };
    const section = await open('en', using);
    const card = section.querySelector('[data-rec="export_credit_insurance"]');
    // Insured already: the insurance action itself is gone, and Sinosure is "already in use" where another action names it.
    expect(card).toBeNull();
    const named = advise(scoreAssessment(instrument, using), using).filter((r) => r.supportInUse.includes('sinosure'));
    for (const r of named.filter((x) => gaps.slice(0, FIRST_SHOWN).some((g) => g.id === x.id))) {
      expect(within(section.querySelector(`[data-rec="${r.id}"]`) as HTMLElement).getByText('Already in use')).toBeInTheDocument();
    }
  });

  it('filters by who acts and reorders as a roadmap towards a target rung', async () => {
    const section = await open('zh-CN');
    await userEvent.click(within(section).getByRole('radio', { name: '借助公共服务' }));
    const publicCount = all.filter((r) => r.actor === 'public').length;
    expect(within(section).getByText(`显示${all.length}条中的${publicCount}条`)).toBeInTheDocument();
    expect(section.querySelectorAll('[data-rec]').length).toBe(Math.min(publicCount, FIRST_SHOWN));
    await userEvent.click(within(section).getByRole('radio', { name: '全部' }));
    await userEvent.selectOptions(within(section).getByLabelText('目标阶段'), 'brand');
    expect(await within(section).findByText('通往目标的路线图：有助于实现目标的举措排在前面。')).toBeInTheDocument();
    const roadmap = advise(result, answers, { rung: 'brand' });
    const group = section.querySelector('#recs-gaps')!.closest('section')!;
    expect(shownIds(group).slice(0, 3)).toEqual(roadmap.slice(0, 3).map((r) => r.id));
    expect(window.location.hash).toContain('rung=brand');
  });
});
