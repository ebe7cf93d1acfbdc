import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint';

/** A stand-in for the browser's paint reports, driven by the test. */
class FakePaintObserver {
  static supportedEntryTypes = ['largest-contentful-paint'];
  static last: FakePaintObserver | undefined;
  observing = false;
  constructor(private readonly callback: () => void) {
    FakePaintObserver.last = this;
  }
  observe() {
    this.observing = true;
  }
  disconnect() {
    this.observing = false;
  }
  report() {
    if (this.observing) this.callback();
  }
}

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits for two frames and the paint report, then runs once', async () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
    const run = vi.fn<() => void>();
    afterFirstPaint(run);
    await frames();
    expect(run, 'not before the browser reports the paint').not.toHaveBeenCalled();
    FakePaintObserver.last!.report();
    FakePaintObserver.last!.report();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not wait more than a quarter of a second for a paint report that never comes', async () => {
    vi.stubGlobal('PerformanceObserver', FakePaintObserver);
    const run = vi.fn<() => void>();
    afterFirstPaint(run);
    await frames();
    await new Promise((r) => setTimeout(r, 300));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs after the frames where the browser reports no paints, and never once cancelled', async () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const run = vi.fn<() => void>();
    afterFirstPaint(run);
    const cancelled = vi.fn<() => void>();
    afterFirstPaint(cancelled)();
    await frames();
    await new Promise((r) => setTimeout(r, 10));
    expect(run).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
