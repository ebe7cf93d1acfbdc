import { useEffect, useState } from 'react';

/**
 * Time each code of a sequence stays on screen. A laptop camera gives the reader 15–30 frames a
 * second, so 0.6 s is several tries at each code, and a sequence of 8 loops in under 5 s.
 */
export const CODE_MS = 600;

/** The code shown now: looping through `count` codes unless paused, or stepped by hand. */
export function useCodeLoop(count: number, paused: boolean) {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (paused || count < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), CODE_MS);
    return () => clearInterval(timer);
  }, [count, paused]);
  const shown = count ? index % count : 0;
  return { index: shown, step: (by: number) => setIndex(((shown + by) % count + count) % count) };
}
