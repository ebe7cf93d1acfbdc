import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhenNearScreen } from './WhenNearScreen';

/** A stand-in IntersectionObserver the test drives by hand, as scrolling would. */
class FakeObserver {
  static last: FakeObserver | undefined;
  observed: Element[] = [];
  options: IntersectionObserverInit | undefined;
  constructor(
    private readonly callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.options = options;
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.observed = [];
  }
  enter(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

const view = () => (
  <WhenNearScreen fallback={<p>room for the chart</p>}>
    <p>the chart</p>
  </WhenNearScreen>
);

describe('WhenNearScreen', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeObserver.last = undefined;
  });

  it('shows the fallback until the content comes near the screen, then the content', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(view());
    expect(screen.getByText('room for the chart')).toBeInTheDocument();
    expect(screen.queryByText('the chart')).not.toBeInTheDocument();
    expect(FakeObserver.last?.options?.rootMargin).toBe('300px');
    act(() => FakeObserver.last!.enter(false));
    expect(screen.queryByText('the chart')).not.toBeInTheDocument();
    act(() => FakeObserver.last!.enter(true));
    expect(screen.getByText('the chart')).toBeInTheDocument();
    expect(FakeObserver.last!.observed, 'stops watching once shown').toEqual([]);
  });

  it('builds the content at once when the page is about to be printed', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    render(view());
    // flushSync inside the handler: the content is there before the print layout, with no act() needed.
    window.dispatchEvent(new Event('beforeprint'));
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });

  it('builds the content at once where the browser has no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(view());
    expect(screen.getByText('the chart')).toBeInTheDocument();
  });
});
