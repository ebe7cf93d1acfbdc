import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { recommend } from '@/domain/recommendations/recommend';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { appStore } from '@/lib/store/use-app-store';
import { ARCHETYPES } from '../../../../test/fixtures/archetypes';
import { renderApp } from '../../../../test/setup/render-app';

const answers = ARCHETYPES.find((a) => a.id === 'oem_exporter_70')!.answers;
const result = scoreAssessment(instrument, answers);
const all = recommend(result, answers, instrument, RULES);

async function open(lng: 'en' | 'zh-CN') {
  await renderApp(lng, '#/');
  await act(async () => {
    appStore.getState().putAssessment({ id: 'oem', name: 'Shaoxing Textiles', createdAt: 1, updatedAt: 1, instrumentVersion: instrument.version, answers });
    window.location.hash = '#/results/oem';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  return screen.findByRole('region', { name: lng === 'en' ? 'What to do next' : '下一步做什么' });
}

describe('recommendations on the results page', () => {
  it('lists every recommendation the engine gives, grouped by horizon, highest priority first', async () => {
    const section = await open('en');
    expect(all.length).toBeGreaterThan(3);
    expect(within(section).getByText(`${all.length} recommendations`)).toBeInTheDocument();
    const cards = section.querySelectorAll('[data-rec]');
    expect(cards.length).toBe(all.length);
    for (const h of ['now', 'year', 'longer'] as const) {
      const ids = all.filter((r) => r.horizon === h).map((r) => r.id);
      const group = section.querySelector(`#recs-${h}`)?.closest('section');
      expect([...(group?.querySelectorAll('[data-rec]') ?? [])].map((c) => c.getAttribute('data-rec')), h).toEqual(ids);
    }
  });

  it('explains why each one is shown, with the answers behind it', async () => {
    const section = await open('en');
    const first = section.querySelector(`[data-rec="${all.find((r) => r.horizon === 'now')!.id}"]`) as HTMLElement;
    expect(within(first).getByText('Why you see this')).toBeInTheDocument();
    expect(within(first).getByText('Next steps')).toBeInTheDocument();
  });

  it('filters by who acts and reorders as a roadmap towards a target rung', async () => {
    const section = await open('zh-CN');
    await userEvent.click(within(section).getByRole('radio', { name: '借助公共服务' }));
    const publicCount = all.filter((r) => r.actor === 'public').length;
    expect(within(section).getByText(`显示${all.length}条中的${publicCount}条`)).toBeInTheDocument();
    expect(section.querySelectorAll('[data-rec]').length).toBe(publicCount);
    await userEvent.click(within(section).getByRole('radio', { name: '全部' }));
    await userEvent.selectOptions(within(section).getByLabelText('目标阶段'), 'brand');
    expect(await within(section).findByText('通往目标的路线图：有助于实现目标的举措排在前面。')).toBeInTheDocument();
    const roadmap = recommend(result, answers, instrument, RULES, { target: { rung: 'brand' } });
    const firstNow = roadmap.filter((r) => r.horizon === 'now')[0]!;
    const group = section.querySelector('#recs-now')!.closest('section')!;
    expect(group.querySelector('[data-rec]')?.getAttribute('data-rec')).toBe(firstNow.id);
    expect(window.location.hash).toContain('rung=brand');
  });
});
