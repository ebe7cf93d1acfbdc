import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/setup/render-app';
import { appStore } from '@/lib/store/use-app-store';

describe('app shell', () => {
  it('explains what is measured, how long it takes and that answers stay on the device', async () => {
    await renderApp('en');
    expect(await screen.findByRole('heading', { level: 1, name: /where does your firm stand/i })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What it measures' })).toBeInTheDocument();
    expect(screen.getByText(/about 25 minutes/i)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your answers stay on this device' })).toBeInTheDocument();
  });

  it('offers navigation to every main area, marking the current one', async () => {
    await renderApp('zh-CN', '#/about');
    const nav = await screen.findByRole('navigation', { name: '主导航' });
    const links = within(nav).getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['首页', '自评', '评估结果', '我的自评', '研讨会', '关于']);
    expect(within(nav).getByRole('link', { name: '关于' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches language from the header and remembers it in the store', async () => {
    await renderApp('en', '#/about');
    expect(await screen.findByRole('heading', { level: 1, name: 'About Chuhai' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /中文/ }));
    expect(await screen.findByRole('heading', { level: 1, name: '关于本工具' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(appStore.getState().preferences.language).toBe('zh-CN');
    await userEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'About Chuhai' })).toBeInTheDocument();
  });

  it('opens a real page, not a placeholder, for every navigation area', async () => {
    await renderApp('en', '#/');
    for (const hash of ['#/assess', '#/results', '#/assessments', '#/workshop', '#/about']) {
      await act(async () => {
        window.location.hash = hash;
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      expect(await screen.findByRole('heading', { level: 1 }), hash).toBeInTheDocument();
      expect(screen.queryByText(/coming soon/i), hash).not.toBeInTheDocument();
      expect(screen.queryByText('Page not found'), hash).not.toBeInTheDocument();
    }
  });

  it('starts a new assessment from the start page', async () => {
    await renderApp('en');
    await userEvent.click(await screen.findByRole('button', { name: 'Start a new assessment' }));
    const id = appStore.getState().currentId;
    expect(id).not.toBeNull();
    expect(window.location.hash).toBe(`#/assess/${id}`);
  });

  it('tells the user when saved data could not be read', async () => {
    await renderApp('zh-CN');
    appStore.getState().reportStorageProblem({ kind: 'corrupt', quarantineKey: 'chuhai:quarantine:1', raw: '{' });
    expect(await screen.findByRole('alert')).toHaveTextContent('无法读取');
    expect(screen.getByRole('button', { name: '下载已保存的数据' })).toBeInTheDocument();
  });
});
