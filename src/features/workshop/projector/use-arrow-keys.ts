import { useEffect, useRef } from 'react';

/** Where arrow keys belong to the control (moving a caret, a selection or a slider), not to the projector. */
function isFormField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, select, textarea, [role="slider"], [role="listbox"], [role="menu"]') !== null;
}

/** Left and Right arrow keys call `go(-1)` / `go(1)`, unless a modifier is held or focus is in a form field. */
export function useArrowKeys(go: (step: number) => void): void {
  const latest = useRef(go);
  useEffect(() => {
    latest.current = go;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || isFormField(e.target)) return;
      if (e.key === 'ArrowRight') latest.current(1);
      else if (e.key === 'ArrowLeft') latest.current(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
