import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

interface Props {
  children: ReactNode;
  /** Shown until then; should take the room the children will take, so nothing jumps. */
  fallback: ReactNode;
  /** How far below the screen the content starts to be built, as a CSS margin. */
  margin?: string;
}

/**
 * Builds its children only when they come near the screen, or when the page is printed. Charts
 * below the fold cost a chart library download and a long drawing task; a phone that never
 * scrolls there should not pay for them while the page is loading. Without IntersectionObserver
 * the children are built at once.
 */
export function WhenNearScreen({ children, fallback, margin = '300px' }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = box.current;
    if (near || !el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: margin });
    observer.observe(el);
    // Printing must show what is below the fold too; flushSync renders before the page is laid out for print.
    const onPrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', onPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', onPrint);
    };
  }, [near, margin]);
  return <div ref={box}>{near ? children : fallback}</div>;
}
