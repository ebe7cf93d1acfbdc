// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';

type Options = Record<string, string>;
const questions = (lng: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../locales/${lng}/questions.json`, import.meta.url)), 'utf8')) as {
    profile: { revenue: { text: string; options: Options } };
    legacy: { profile: { revenue: { options: Options } } };
  };

describe('revenue bands', () => {
  const ids = instrument.questions.find((q) => q.id === 'profile.revenue')!.options!.map((o) => o.id);

  it('name their currency in English (CNY), today’s bands and the earlier one alike', () => {
    const en = questions('en');
    expect(en.profile.revenue.text).toMatch(/CNY/);
    for (const id of ids) expect(en.profile.revenue.options[id], id).toMatch(/^(CNY|Over CNY) \d/);
    for (const [id, label] of Object.entries(en.legacy.profile.revenue.options)) expect(label, id).toMatch(/CNY/);
  });

  it('say 元 in Chinese', () => {
    const zh = questions('zh-CN');
    for (const id of ids) expect(zh.profile.revenue.options[id], id).toMatch(/元/);
  });
});
