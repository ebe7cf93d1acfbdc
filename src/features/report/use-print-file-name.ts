import { useEffect } from 'react';
import { assessmentExportName } from '@/domain/exchange/exchange-file-name';

/**
 * While the report prints, the page's title is the file name a browser suggests for "Save as PDF"
 * (`chuhai-<firm name or short code>-<date>-report`), so ten firms' PDFs do not share one name; the
 * title on screen comes back after printing.
 */
export function usePrintFileName(assessment: { id: string; name: string } | undefined): void {
  const id = assessment?.id;
  const name = assessment?.name;
  useEffect(() => {
    if (id === undefined || name === undefined) return;
    let onScreen: string | null = null;
    const before = () => {
      onScreen ??= document.title;
      document.title = assessmentExportName({ id, name }, Date.now(), 'report');
    };
    const after = () => {
      if (onScreen !== null) document.title = onScreen;
      onScreen = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      after();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [id, name]);
}
