import type { ReactNode } from 'react';
import type { Language } from '@/lib/i18n/languages';

/**
 * One block of the report in each chosen language: a single block, or English and Chinese side
 * by side. Each column carries its `lang` so screen readers, fonts and line breaking follow it.
 * Blocks are kept small (a section head, one rung's gates, one action) so the columns stay level.
 */
export function InLanguages({ langs, className = '', children }: { langs: Language[]; className?: string; children: (lng: Language) => ReactNode }) {
  if (langs.length === 1) {
    const lng = langs[0]!;
    return (
      <div className={`rp-block ${className}`} lang={lng}>
        {children(lng)}
      </div>
    );
  }
  return (
    <div className={`rp-block rp-pair ${className}`}>
      {langs.map((lng) => (
        <div key={lng} className="rp-col" lang={lng}>
          {children(lng)}
        </div>
      ))}
    </div>
  );
}
