import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A wide table's horizontal scroller. Only when it really scrolls does it become a named, focusable
 * region, so keyboard users can scroll it with the arrow keys (and nothing else gets an extra tab stop).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  const focusable = scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {};
  return (
    <div ref={ref} className="table-scroll" {...focusable}>
      {children}
    </div>
  );
}
