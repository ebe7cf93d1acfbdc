import { describe, expect, it } from 'vitest';
import type { ImportError } from '@/domain/exchange/import-errors';
import { createI18n } from '@/lib/i18n/i18n';
import { refusalMessage } from './scan-messages';
import type { Refusal } from './use-scan-session';

// One of every refusal the scanner can report: the code layer, the unpacking, and every reason of parseImportFile.
const FILE_ERRORS: ImportError[] = [
  { code: 'too_large', details: { size: 6e6, limit: 5 * 1024 * 1024 } },
  { code: 'empty', details: {} },
  { code: 'not_json', details: {} },
  { code: 'not_chuhai', details: {} },
  { code: 'future_version', details: { version: 3, supported: 1 } },
  { code: 'bad_structure', details: { path: 'assessment.answers' } },
  { code: 'forbidden_key', details: { path: 'assessment.answers.__proto__', key: '__proto__' } },
  { code: 'too_many', details: { count: 1200, limit: 1000 } },
  { code: 'duplicate_id', details: { path: 'assessments[1].id' } },
  { code: 'unknown_question', details: { path: 'assessment.answers["zz.q"]', questionIds: ['zz.q', 'zz.r'] } },
  { code: 'out_of_range', details: { path: 'assessment.answers["rd.intensity"].value', questionId: 'rd.intensity' } },
];
const REFUSALS: Refusal[] = [
  ...(['foreign', 'damaged', 'future_version', 'corrupt', 'too_large'] as const).map((reason) => ({ reason })),
  ...FILE_ERRORS.map((error) => ({ reason: 'file' as const, error })),
];

describe('why a scanned code was refused', () => {
  for (const lng of ['en', 'zh-CN'] as const) {
    it(`has its own sentence for every refusal in ${lng}, with the details filled in`, async () => {
      const i18n = await createI18n(lng);
      await i18n.loadNamespaces('workshop');
      const t = i18n.getFixedT(lng, 'workshop');
      const messages = REFUSALS.map((r) => refusalMessage(t, lng, r));
      for (const m of messages) {
        expect(m, 'a key, not a sentence').not.toMatch(/^workshop:|scan\.|\{\{/);
        if (lng === 'zh-CN') expect(m).toMatch(/\p{Script=Han}/u);
      }
      expect(new Set(messages).size, 'no two refusals read the same').toBe(messages.length);
      const text = messages.join('\n');
      for (const detail of ['__proto__', 'rd.intensity', 'zz.q', '1200']) expect(text).toContain(detail);
    });
  }
});
