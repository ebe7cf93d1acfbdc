import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { afterFirstPaint } from '@/lib/after-first-paint';

/**
 * Renders its children once the first frame is on screen, in a background (interruptible,
 * time-sliced) render. The part of a page above the fold shows at once; the rest, and any code it
 * fetches, follows without competing with that first paint or blocking the main thread in one long
 * task on slow phones. `placeholder` keeps the room so nothing jumps.
 */
export function Deferred({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => afterFirstPaint(() => startTransition(() => setReady(true))), []);
  return ready ? children : placeholder;
}
