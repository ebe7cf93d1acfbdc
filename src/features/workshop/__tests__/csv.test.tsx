import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { firmFigures } from '@/domain/cohort/firm-figures';
import { DIMENSIONS } from '@/domain/instrument/vocabulary';
import { createI18n } from '@/lib/i18n/i18n';
import type { LooseT } from '../bilingual';
import { cohortCsv, cohortCsvFileName, cohortCsvRows } from '../cohort-csv';
import { memberLabels } from '../member-labels';
import { firmAssessments, storedCohort } from './workshop-test-utils';

const firms = firmAssessments();
firms[2] = { ...firms[2]!, name: '=HYPERLINK("http://evil","click")' };
const cohort = storedCohort(firms);
const figures = firms.map((a) => firmFigures(instrument, RULES, { id: a.id, name: a.name, answers: a.answers }));

async function translator(lng: 'en' | 'zh-CN'): Promise<LooseT> {
  const i18n = await createI18n(lng);
  await i18n.loadNamespaces(['workshop', 'instrument']);
  return i18n.getFixedT(lng, ['workshop', 'instrument']) as unknown as LooseT;
}

describe('cohort CSV', () => {
  it('has one row per firm with label, rung, provisional, T, R, quadrant, eight dimension scores and share answered', async () => {
    const t = await translator('en');
    const rows = cohortCsvRows(figures, memberLabels(cohort.members, false), t);
    expect(rows).toHaveLength(firms.length + 1);
    expect(rows[0]).toEqual([
      'Firm', 'Rung', 'Provisional', 'Rule export T', 'Chain integration R', 'Quadrant',
      'R&D', 'Standards', 'Brand', 'Localisation', 'M&A & capital', 'Supply chain', 'Compliance & ESG', 'Talent',
      'Share answered (0–1)',
    ]);
    figures.forEach((f, i) => {
      const row = rows[i + 1]!;
      expect(row[0]).toBe(String.fromCharCode(65 + i));
      expect(row[1]).toBe(t(`instrument:rungs.${f.rung}.name`));
      expect(row[2]).toBe(f.provisional ? 'yes' : 'no');
      expect(row[3]).toBeCloseTo(f.T, 1);
      expect(row[4]).toBeCloseTo(f.R, 1);
      DIMENSIONS.forEach((d, k) => expect(row[6 + k]).toBeCloseTo(f.dimensions[d], 1));
      expect(row[14]).toBeCloseTo(f.answeredShare, 3);
    });
  });

  it('follows the anonymity choice, writes Chinese for Excel (BOM, CRLF) and keeps a formula-like name inert', async () => {
    const t = await translator('zh-CN');
    const text = cohortCsv(figures, memberLabels(cohort.members, true), t);
    expect(text.startsWith('\uFEFF企业,出海阶段,初步结果,规则输出T,链式整合R,象限,研发,')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines).toHaveLength(firms.length + 2); // header, firms, and the empty string after the final CRLF
    expect(lines[2]!.startsWith('宁波1号公司,')).toBe(true);
    expect(lines[3]!.startsWith(`"'=HYPERLINK(""http://evil"",""click"")",`), 'the cell is quoted and starts with an apostrophe').toBe(true);
    const anonymous = cohortCsv(figures, memberLabels(cohort.members, false), t);
    expect(anonymous).not.toContain('宁波1号公司');
  });

  it('is named after the cohort and the date', () => {
    expect(cohortCsvFileName('Ningbo, March 2027', Date.UTC(2027, 2, 14, 9))).toMatch(/^chuhai-cohort-Ningbo-March-2027-2027-03-1[45]\.csv$/);
  });
});
