import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { advise } from '@/content/recommendations/advise';
import { roadmapTo } from '@/domain/planner/roadmap';
import { BOM } from '@/domain/export/csv';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { createI18n } from '@/lib/i18n/i18n';
import { ARCHETYPES } from '../../../../test/fixtures/archetypes';
import { shortCode } from '@/domain/exchange/exchange-file-name';
import { actionPlanCsv, answersCsv, csvFileName } from '../result-exports';

const answers = ARCHETYPES.find((a) => a.id === 'oem_exporter_70')!.answers;
const assessment = { id: 'x', name: '=cmd|calc', createdAt: 0, updatedAt: 0, instrumentVersion: instrument.version, answers: { ...answers, 'rd.intensity': { value: 2, note: '=HYPERLINK("x")', updatedAt: 0 } } };
const result = scoreAssessment(instrument, assessment.answers);

async function i18nIn(lng: 'en' | 'zh-CN') {
  const i18n = await createI18n(lng);
  await i18n.loadNamespaces(['results', 'instrument', 'questions', 'recommendations']);
  return i18n;
}

describe('take-away CSV files', () => {
  it('are named after the firm, or after the assessment’s short code when it has no name', () => {
    expect(csvFileName({ ...assessment, name: '宁波泵业' }, 'answers')).toMatch(/^chuhai-宁波泵业-\d{4}-\d{2}-\d{2}-answers\.csv$/);
    expect(csvFileName({ ...assessment, name: '=cmd|calc' }, 'action-plan')).toMatch(/^chuhai-cmd-calc-\d{4}-\d{2}-\d{2}-action-plan\.csv$/);
    expect(csvFileName({ ...assessment, name: '' }, 'action-plan')).toMatch(new RegExp(`^chuhai-${shortCode('x')}-\\d{4}-\\d{2}-\\d{2}-action-plan\\.csv$`));
  });

  it('lists the scores and every question with its answer, in the chosen language, ready for Excel', async () => {
    const csv = answersCsv(await i18nIn('zh-CN'), assessment, result);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toContain('产品出海');
    for (const q of instrument.questions) expect(csv, q.id).toContain(`,${q.id},`);
    // A hostile note stays inert text.
    expect(csv).toContain(`'=HYPERLINK`);
  });

  it('writes the action plan in the results page’s order, priority in words, what each changes, and the roadmap check', async () => {
    const target = { rung: 'brand' as const };
    const recs = advise(result, assessment.answers, target);
    const roadmap = roadmapTo(target, assessment.answers, recs, instrument);
    const rows = parseCsv(actionPlanCsv(await i18nIn('en'), recs, { result, answers: assessment.answers, roadmap }));
    expect(rows[0]).toEqual(['No.', 'Priority', 'Priority score (gap × importance)', 'Type', 'Horizon', 'Who acts', 'Area', 'Action', 'What it changes', 'Why', 'Next steps', 'Public support to call', 'Support already in use']);
    const body = rows.slice(1, recs.length + 1);
    expect(body.map((r) => r[0])).toEqual(recs.map((_, i) => String(i + 1)));
    expect(body[0]![1]).toBe('High priority');
    expect(body[0]![2]).toBe(String(Math.round(recs[0]!.priority * 100) / 100));
    expect(body.find((r) => r[7] === 'Grow the share of exports under your own brand')?.[8]).toContain('Meets the condition “Own brand” of Brand export');
    expect(roadmap.reached).toBe(true);
    expect(rows.at(-1)).toEqual(['Roadmap check', 'Checked by re-scoring your planned answers: these 3 actions reach Brand export.']);
  });

  it('says when the advised actions do not reach the target, and what is missing, in Chinese too', async () => {
    const target = { model: 'rule_export' as const };
    const recs = advise(result, assessment.answers, target);
    const roadmap = roadmapTo(target, assessment.answers, recs, instrument);
    expect(roadmap.reached).toBe(false);
    const rows = parseCsv(actionPlanCsv(await i18nIn('zh-CN'), recs, { result, answers: assessment.answers, roadmap }));
    expect(rows.at(-1)![0]).toBe('路线图验证');
    expect(rows.at(-1)![1]).toMatch(/^重新评分显示，现有建议的行动尚不足以达到规则输出（50分及以上）。规则输出目前为[\d.]+分，需达到50分/);
  });
});

/** A CSV reader for the tests (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    }
    else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row.length === 1 && row[0] === '' ? [] : row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows.filter((r) => r.length > 0);
}
