import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}

/** Shown inside the opened <details> while its text (e.g. the question texts) is fetched. */
function Loading() {
  const { t } = useTranslation();
  return <output className="loading">{t('app.loading')}</output>;
}

/**
 * A <details> whose content is only built the first time it is opened (then kept). Results
 * carry many explanations nobody opens at once; building them all up front blocks the main
 * thread on slow phones. The content may need text that is not loaded yet (the question texts
 * are not part of a results page's first paint): it waits inside the <details>, and the rest
 * of the page stays as it is.
 */
export function LazyDetails({ summary, children, className }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && <Suspense fallback={<Loading />}>{children}</Suspense>}
    </details>
  );
}
