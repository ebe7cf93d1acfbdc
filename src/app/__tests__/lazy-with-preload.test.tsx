import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyWithPreload } from '../lazy-with-preload';

type Load = () => Promise<{ default: () => React.JSX.Element }>;

const Page = () => <h1>The page</h1>;
const fallback = <p>Loading…</p>;

describe('lazyWithPreload', () => {
  it('renders a preloaded page in the first render, with no loading fallback', async () => {
    const Lazy = lazyWithPreload(() => Promise.resolve({ default: Page }));
    await Lazy.preload();
    act(() => {
      render(
        <Suspense fallback={fallback}>
          <Lazy />
        </Suspense>,
      );
    });
    expect(screen.getByRole('heading', { name: 'The page' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('falls back to loading on first render when the page was not preloaded, and fetches it once', async () => {
    const load = vi.fn<Load>(() => Promise.resolve({ default: Page }));
    const Lazy = lazyWithPreload(load);
    render(
      <Suspense fallback={fallback}>
        <Lazy />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'The page' })).toBeInTheDocument();
    await Lazy.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets a failed fetch (offline, new deployment) be tried again', async () => {
    const load = vi.fn<Load>().mockRejectedValueOnce(new Error('network')).mockResolvedValue({ default: Page });
    const Lazy = lazyWithPreload(load);
    await expect(Lazy.preload()).rejects.toThrow('network');
    await expect(Lazy.preload()).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
