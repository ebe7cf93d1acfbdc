import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders its children in a background (interruptible, time-sliced) pass after the first paint.
 * The part of a page above the fold shows at once; the rest follows without one long task
 * blocking the main thread on slow phones. `placeholder` keeps the room so nothing jumps.
 */
export function Deferred({ children, placeholder = null }: { children: ReactNode; placeholder?: ReactNode }) {
  const ready = useDeferredValue(true, false);
  return ready ? children : placeholder;
}
