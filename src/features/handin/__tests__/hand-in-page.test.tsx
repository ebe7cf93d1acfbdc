import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { appStore } from '@/lib/store/use-app-store';
import { ARCHETYPES } from '../../../../test/fixtures/archetypes';
import { renderApp } from '../../../../test/setup/render-app';

async function openHandIn(lng: 'en' | 'zh-CN', id: string, name = 'Wenzhou Valves') {
  await renderApp(lng, '#/');
  const now = Date.now();
  appStore.getState().putAssessment({ id: 'fx', name, createdAt: now, updatedAt: now, instrumentVersion: instrument.version, answers: ARCHETYPES.find((a) => a.id === 'integrated_chain')!.answers });
  await act(async () => {
    window.location.hash = `#/handin/${id}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('hand-in screen', () => {
  it('shows the assessment as QR codes, anonymous until the participant includes the firm name', async () => {
    await openHandIn('en', 'fx');
    await screen.findByRole('heading', { level: 1, name: 'Hand in to the facilitator' });
    const code = await screen.findByRole('img', { name: /QR code .*for the facilitator’s camera/ });
    const anonymous = code.getAttribute('src');
    expect(anonymous).toMatch(/^data:image\/svg\+xml,/);
    const box = screen.getByRole('checkbox', { name: /Include the firm name: .*Wenzhou Valves/ });
    expect(box).not.toBeChecked();
    expect(screen.getByText('Anonymous: the facilitator sees your firm as a letter (A, B, C…).')).toBeInTheDocument();
    await userEvent.click(box);
    expect(await screen.findByText('The facilitator’s screen can show your firm’s name.')).toBeInTheDocument();
    // A name makes the payload longer: new codes are drawn.
    await expect.poll(() => screen.getByRole('img', { name: /QR code/ }).getAttribute('src')).not.toBe(anonymous);
    expect(screen.getByText('The code carries your answers, not your notes, and goes only to the device that scans it.')).toBeInTheDocument();
    // jsdom has no Screen Wake Lock: the page says to keep the screen on by hand.
    expect(screen.getByText(/cannot keep the screen on/)).toBeInTheDocument();
  });

  it('pauses a sequence and steps through it, in Chinese', async () => {
    await openHandIn('zh-CN', 'fx');
    await screen.findByRole('img', { name: /供主持人摄像头扫描的二维码/ });
    // A fully answered assessment takes several codes.
    await userEvent.click(screen.getByRole('button', { name: '暂停' }));
    expect(screen.getByRole('button', { name: '继续播放' })).toHaveAttribute('aria-pressed', 'true');
    const before = screen.getByRole('img').getAttribute('alt');
    await userEvent.click(screen.getByRole('button', { name: '下一个' }));
    expect(screen.getByRole('img').getAttribute('alt')).not.toBe(before);
    expect(screen.getByRole('img').getAttribute('alt')).toMatch(/^供主持人摄像头扫描的二维码，第\d+个，共\d+个$/);
  });

  it('says so when the assessment is not on this device', async () => {
    await openHandIn('en', 'nope');
    expect(await screen.findByText('This assessment is not on this device.')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'My assessments' })).toHaveAttribute('href', '#/assessments');
  });
});
