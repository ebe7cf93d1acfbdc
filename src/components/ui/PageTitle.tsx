import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

let movedWithinApp = false;
if (typeof window !== 'undefined') window.addEventListener('hashchange', () => (movedWithinApp = true));

/**
 * The page's visible heading. It sets the document title and, after an in-app navigation
 * (not on first load), takes focus so keyboard and screen-reader users start at the new page.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · ${t('app.fullName')}`;
  }, [children, t]);
  useEffect(() => {
    if (movedWithinApp) ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
