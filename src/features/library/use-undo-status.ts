import { useEffect, useRef, useState } from 'react';
import type { Assessment } from '@/domain/assessment/assessment';

export type StatusKind = 'deleted' | 'restored' | 'renamed' | 'duplicated' | 'exported';

/** The last action's message; after a deletion it carries the deleted copy so that it can be undone. */
export interface LibraryStatus {
  kind: StatusKind;
  label: string;
  undo?: Assessment;
}

export const UNDO_WINDOW_MS = 10_000;

/**
 * Holds the status message. The undo offered after a deletion lasts until the next action replaces
 * the message, or about ten seconds; it never vanishes while focus is on it, so a keyboard or
 * screen-reader user is not timed out of it (WCAG 2.2.1).
 */
export function useUndoStatus(windowMs = UNDO_WINDOW_MS) {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const region = useRef<HTMLOutputElement>(null);

  useEffect(() => {
    if (!status?.undo) return;
    let timer: ReturnType<typeof setTimeout>;
    const expire = () => {
      if (region.current?.contains(document.activeElement)) {
        timer = setTimeout(expire, windowMs);
        return;
      }
      setStatus((s) => (s === status ? { kind: s.kind, label: s.label } : s));
    };
    timer = setTimeout(expire, windowMs);
    return () => clearTimeout(timer);
  }, [status, windowMs]);

  return { status, setStatus, region };
}
