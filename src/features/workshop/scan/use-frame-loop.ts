import { useEffect, useRef } from 'react';

/** Frames read a second at most: more than enough for a code that stays in view 0.6 s, and leaves the page responsive. */
const MAX_READS_PER_SECOND = 15;

/**
 * Calls `onFrame` for new video frames while `active` (requestVideoFrameCallback where the browser has
 * it, else animation frames), at most MAX_READS_PER_SECOND times a second.
 */
export function useFrameLoop(video: React.RefObject<HTMLVideoElement | null>, active: boolean, onFrame: (v: HTMLVideoElement) => void) {
  const callback = useRef(onFrame);
  useEffect(() => {
    callback.current = onFrame;
  });
  useEffect(() => {
    const v = video.current;
    if (!active || !v) return;
    let stopped = false;
    let last = 0;
    let handle = 0;
    const perFrame = typeof v.requestVideoFrameCallback === 'function';
    const tick = (now: number) => {
      if (stopped) return;
      if (now - last >= 1000 / MAX_READS_PER_SECOND && v.readyState >= v.HAVE_CURRENT_DATA) {
        last = now;
        callback.current(v);
      }
      handle = perFrame ? v.requestVideoFrameCallback(tick) : requestAnimationFrame(tick);
    };
    handle = perFrame ? v.requestVideoFrameCallback(tick) : requestAnimationFrame(tick);
    return () => {
      stopped = true;
      if (perFrame) v.cancelVideoFrameCallback(handle);
      else cancelAnimationFrame(handle);
    };
  }, [video, active]);
}
