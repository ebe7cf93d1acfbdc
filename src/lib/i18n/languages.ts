/** The interface languages, in the order the switch offers them. */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The other language: what the switch offers and the bilingual view adds. */
export function otherLanguage(lng: Language): Language {
  return lng === 'en' ? 'zh-CN' : 'en';
}

/** Picks the interface language from the browser's preferences: any Chinese variant gives Chinese. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function isLanguage(x: unknown): x is Language {
  return x === 'en' || x === 'zh-CN';
}
