import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children once the first frame has been painted, in a background (interruptible,
 * time-sliced) render. The part of a page above the fold shows at once; the rest, and any code it
 * fetches, follows without competing with that first paint or blocking the main thread in one long
 * task on slow phones. `placeholder` keeps the room so nothing jumps.
 */
export function Deferred({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // A frame callback runs just before the paint; a task queued from it runs after the paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setReady(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready ? children : placeholder;
}
