import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { BOM } from '@/domain/export/csv';
import { recommend } from '@/domain/recommendations/recommend';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { createI18n } from '@/lib/i18n/i18n';
import { ARCHETYPES } from '../../../../test/fixtures/archetypes';
import { actionPlanCsv, answersCsv } from '../result-exports';

const answers = ARCHETYPES.find((a) => a.id === 'oem_exporter_70')!.answers;
const assessment = { id: 'x', name: '=cmd|calc', createdAt: 0, updatedAt: 0, instrumentVersion: instrument.version, answers: { ...answers, 'rd.intensity': { value: 2, note: '=HYPERLINK("x")', updatedAt: 0 } } };
const result = scoreAssessment(instrument, assessment.answers);

async function i18nIn(lng: 'en' | 'zh-CN') {
  const i18n = await createI18n(lng);
  await i18n.loadNamespaces(['results', 'instrument', 'questions', 'recommendations']);
  return i18n;
}

describe('take-away CSV files', () => {
  it('lists the scores and every question with its answer, in the chosen language, ready for Excel', async () => {
    const csv = answersCsv(await i18nIn('zh-CN'), assessment, result);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toContain('产品出海');
    for (const q of instrument.questions) expect(csv, q.id).toContain(`,${q.id},`);
    // A hostile note stays inert text.
    expect(csv).toContain(`'=HYPERLINK`);
  });

  it('writes one action-plan row per recommendation: priority, horizon, actor, area, title, why', async () => {
    const recs = recommend(result, assessment.answers, instrument, RULES);
    expect(recs.length).toBeGreaterThan(0);
    const csv = actionPlanCsv(await i18nIn('en'), recs);
    const lines = csv.slice(1).trimEnd().split(/\r\n(?=[\d.]+,|Priority)/);
    expect(lines[0]).toBe('Priority,Horizon,Who acts,Area,Action,Why,Next steps');
    expect(lines.length).toBe(recs.length + 1);
    expect(lines[1]!.startsWith(String(Math.round(recs[0]!.priority * 100) / 100))).toBe(true);
  });
});
