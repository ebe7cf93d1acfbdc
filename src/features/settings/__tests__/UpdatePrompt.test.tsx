import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/lib/i18n/i18n';
import type { Language } from '@/lib/i18n/languages';
import { markNeedRefresh, resetUpdateState } from '@/lib/pwa/update-state';
import { appStore } from '@/lib/store/use-app-store';
import { STORAGE_KEY } from '@/lib/store/persisted-state';
import { UpdatePrompt } from '../UpdatePrompt';

async function renderPrompt(lng: Language) {
  const i18n = await createI18n(lng);
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <UpdatePrompt />
      </I18nextProvider>,
    );
  });
}

afterEach(() => resetUpdateState());

describe('update prompt', () => {
  it('stays hidden while no new version is waiting', async () => {
    await renderPrompt('en');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers to reload when a new version is ready, in English', async () => {
    await renderPrompt('en');
    act(() => markNeedRefresh(async () => {}));
    expect(screen.getByRole('status')).toHaveTextContent('A new version is ready — reload to update.');
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeEnabled();
  });

  it('offers to reload when a new version is ready, in Chinese', async () => {
    await renderPrompt('zh-CN');
    act(() => markNeedRefresh(async () => {}));
    expect(screen.getByRole('status')).toHaveTextContent('新版本已就绪，刷新页面即可更新。');
    expect(screen.getByRole('button', { name: '刷新并更新' })).toBeInTheDocument();
  });

  it('switches to the new version only when the user asks, with every answer already saved', async () => {
    const id = appStore.getState().createAssessment('Ningbo Pumps');
    appStore.getState().setAnswer(id, 'rd.intensity', { value: 3 });
    // What survives the reload is what is in storage at the moment the user clicks.
    let savedWhenUpdating: string | null = null;
    const applyUpdate = vi.fn<() => Promise<void>>(async () => {
      savedWhenUpdating = window.localStorage.getItem(STORAGE_KEY);
    });
    await renderPrompt('en');
    act(() => markNeedRefresh(applyUpdate));
    expect(applyUpdate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(applyUpdate).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Reload to update' }), 'no second click while reloading').toBeDisabled();
    const saved = JSON.parse(savedWhenUpdating ?? 'null');
    expect(saved?.state.assessments[id]?.answers['rd.intensity']?.value).toBe(3);
  });

  it('can be put off until later without updating', async () => {
    const applyUpdate = vi.fn<() => Promise<void>>(async () => {});
    await renderPrompt('en');
    act(() => markNeedRefresh(applyUpdate));
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(applyUpdate).not.toHaveBeenCalled();
  });
});
