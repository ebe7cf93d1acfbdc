import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import type { Assessment, Scenario } from '../assessment/assessment';
import { buildAssessmentFile, serializeExchangeFile } from './build-exchange-file';
import { parseImportFile } from './parse-import-file';

const plan = (over: Partial<Scenario> = {}): Scenario => ({
  id: 's-1',
  name: 'Brand export by 2028 品牌出海',
  createdAt: 1_760_000_600_000,
  updatedAt: 1_760_000_700_000,
  actions: ['own_brand_share', 'own_channels'],
  answers: { 'brand.own_share': { value: 40, updatedAt: 1_760_000_650_000 } },
  target: { rung: 'brand' },
  ...over,
});

const firm = (scenarios?: Scenario[]): Assessment => ({
  id: 'a-1',
  name: 'Ningbo Pumps',
  createdAt: 1_760_000_000_000,
  updatedAt: 1_760_000_500_000,
  instrumentVersion: instrument.version,
  answers: { 'profile.industry': { value: 'machinery', updatedAt: 1_760_000_100_000 } },
  ...(scenarios ? { scenarios } : {}),
});

const round = (a: Assessment) => {
  const t = serializeExchangeFile(buildAssessmentFile(a, Date.UTC(2026, 11, 1)));
  return parseImportFile(t, t.length, instrument);
};
const withFile = (edit: (file: Record<string, any>) => void) => {
  const file = JSON.parse(serializeExchangeFile(buildAssessmentFile(firm([plan()]), 0)));
  edit(file);
  const t = JSON.stringify(file);
  return parseImportFile(t, t.length, instrument);
};

describe('scenarios in export files (format 3)', () => {
  it('travel with the assessment and read back exactly', () => {
    const r = round(firm([plan(), plan({ id: 's-2', name: 'Chain', actions: [], answers: {}, target: { model: 'chain_integration' } })]));
    expect(r.ok && r.assessments[0]!.scenarios).toEqual([plan(), plan({ id: 's-2', name: 'Chain', actions: [], answers: {}, target: { model: 'chain_integration' } })]);
  });

  it('leave removed scenarios (tombstones between windows) out of the file', () => {
    const r = round(firm([plan(), plan({ id: 's-gone', removedAt: 1_760_000_800_000 })]));
    expect(r.ok && r.assessments[0]!.scenarios!.map((s) => s.id)).toEqual(['s-1']);
  });

  it('read a format-2 file, written before scenarios existed, with none', () => {
    const r = withFile((f) => {
      f.formatVersion = 2;
      delete f.assessment.scenarios;
    });
    expect(r.ok && r.assessments[0]!.scenarios).toBeUndefined();
  });

  it('refuse a scenario answer to a question the questionnaire does not have, or out of range, with where it was', () => {
    const unknown = withFile((f) => (f.assessment.scenarios[0].answers['rd.nope'] = { value: 1, updatedAt: 0 }));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_question', details: { path: 'assessment.scenarios[0].answers["rd.nope"]', questionIds: ['rd.nope'] } } });
    const range = withFile((f) => (f.assessment.scenarios[0].answers['brand.own_share'] = { value: 140, updatedAt: 0 }));
    expect(range).toMatchObject({ ok: false, error: { code: 'out_of_range', details: { questionId: 'brand.own_share' } } });
  });

  it('refuse hostile shapes: markup as an action id, an unknown target, too many scenarios', () => {
    expect(withFile((f) => (f.assessment.scenarios[0].actions = ['<img src=x onerror=alert(1)>']))).toMatchObject({ ok: false, error: { code: 'bad_structure' } });
    expect(withFile((f) => (f.assessment.scenarios[0].target = { rung: 'moon' }))).toMatchObject({ ok: false, error: { code: 'bad_structure' } });
    expect(withFile((f) => (f.assessment.scenarios = Array.from({ length: 21 }, (_, i) => ({ ...f.assessment.scenarios[0], id: `s${i}` }))))).toMatchObject({
      ok: false,
      error: { code: 'bad_structure' },
    });
  });

  it('keep a scenario name as plain text, markup included', () => {
    const r = round(firm([plan({ name: '<script>alert(1)</script>' })]));
    expect(r.ok && r.assessments[0]!.scenarios![0]!.name).toBe('<script>alert(1)</script>');
  });
});
