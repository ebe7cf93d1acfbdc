/**
 * Runs `run` once the frame being rendered now is on screen: after two frame callbacks (a single
 * one runs just before the paint) and, where the browser reports paints, once it has reported the
 * largest one, whose timestamp can trail the frame. Never waits more than a quarter of a second
 * after the frames. Returns a function that cancels it.
 */
export function afterFirstPaint(run: () => void): () => void {
  let done = false;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let observer: PerformanceObserver | undefined;
  const stop = () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    observer?.disconnect();
  };
  const go = () => {
    if (done) return;
    stop();
    run();
  };
  frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      const reportsPaints = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint');
      if (!reportsPaints) return void (timer = setTimeout(go, 0));
      observer = new PerformanceObserver(go);
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
      timer = setTimeout(go, 250);
    });
  });
  return stop;
}
