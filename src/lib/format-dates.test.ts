import { describe, expect, it } from 'vitest';
import { dateLocale } from './format';

describe('dates in the browser’s own variant of the language', () => {
  it('writes English dates as the browser’s region does: day first for en-GB, month first for en-US', () => {
    const day = Date.UTC(2026, 11, 4, 12);
    const fmt = (preferred: string[]) => new Intl.DateTimeFormat(dateLocale('en', preferred), { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
    expect(fmt(['en-GB', 'en'])).toBe('4 Dec 2026');
    expect(fmt(['en-US'])).toBe('Dec 4, 2026');
    expect(dateLocale('en', ['de-DE', 'en-AU']), 'the first variant of the same language').toBe('en-AU');
  });

  it('keeps the interface language where the browser has no variant of it, or the language names its own region', () => {
    expect(dateLocale('en', ['zh-CN', 'de'])).toBe('en');
    expect(dateLocale('en', [])).toBe('en');
    expect(dateLocale('zh-CN', ['zh-TW', 'en-GB'])).toBe('zh-CN');
  });
});
