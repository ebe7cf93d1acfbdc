import { describe, expect, it } from 'vitest';
import { parseReportLanguage, reportColumns } from './report-language';

describe('report language', () => {
  it('takes English, Chinese or both from the address', () => {
    expect(parseReportLanguage('en', 'zh-CN')).toBe('en');
    expect(parseReportLanguage('zh-CN', 'en')).toBe('zh-CN');
    expect(parseReportLanguage('both', 'en')).toBe('both');
  });

  it('falls back to the interface language when the address names none or an unknown one', () => {
    expect(parseReportLanguage(null, 'zh-CN')).toBe('zh-CN');
    expect(parseReportLanguage('fr', 'en')).toBe('en');
    expect(parseReportLanguage('<script>', 'zh-CN')).toBe('zh-CN');
  });

  it('prints both languages as two columns, English on the left', () => {
    expect(reportColumns('both')).toEqual(['en', 'zh-CN']);
    expect(reportColumns('zh-CN')).toEqual(['zh-CN']);
  });
});
