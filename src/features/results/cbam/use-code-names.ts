import { useEffect, useState } from 'react';
import { loadNamespace } from '@/lib/i18n/namespaces';
import { LANGUAGES } from '@/lib/i18n/languages';

type Names = Readonly<Record<string, string>>;

export interface CodeNames {
  /** Names in the interface language, for display. */
  current: Names;
  /** Names in every language, for search: a Chinese user may type English words and the other way round. */
  all: readonly Names[];
}

const EMPTY: CodeNames = { current: {}, all: [] };

/**
 * The product names of the CN code table (locales/<lng>/cbam-codes.json) in every language. They are only needed
 * by this panel, so they live in their own file, fetched when the panel is shown.
 */
export function useCodeNames(lng: string): CodeNames {
  const [names, setNames] = useState<CodeNames>(EMPTY);
  useEffect(() => {
    let live = true;
    Promise.all(LANGUAGES.map((l) => loadNamespace(l, 'cbam-codes').then((r) => [l, (r as { codes: Names }).codes] as const))).then(
      (loaded) => {
        if (!live) return;
        const byLng = new Map(loaded);
        setNames({ current: byLng.get(lng as (typeof LANGUAGES)[number]) ?? {}, all: loaded.map(([, n]) => n) });
      },
      () => live && setNames(EMPTY),
    );
    return () => {
      live = false;
    };
  }, [lng]);
  return names;
}
