import { useState, type ReactNode } from 'react';

interface Props {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}

/**
 * A <details> whose content is only built the first time it is opened (then kept). Results
 * carry many explanations nobody opens at once; building them all up front blocks the main
 * thread on slow phones.
 */
export function LazyDetails({ summary, children, className }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
