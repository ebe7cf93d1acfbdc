import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import type { Assessment } from '../assessment/assessment';
import { buildAssessmentFile, buildBundleFile, serializeExchangeFile } from './build-exchange-file';
import { IMPORT_LIMITS } from './exchange-format';
import { parseImportFile, type ImportResult } from './parse-import-file';

const sample = (over: Partial<Assessment> = {}): Assessment => ({
  id: 'a-1',
  name: 'Ningbo Pumps 宁波泵业',
  createdAt: 1_760_000_000_000,
  updatedAt: 1_760_000_500_000,
  instrumentVersion: instrument.version,
  step: 'rd',
  answers: {
    'profile.industry': { value: 'machinery', updatedAt: 1_760_000_100_000 },
    'profile.cbam_goods': { value: 'yes', updatedAt: 1_760_000_100_001 },
    'profile.cbam_tonnes': { value: 1200.5, updatedAt: 1_760_000_100_002 },
    'rd.intensity': { value: 4.2, note: 'Annual report 2025, p. 12', updatedAt: 1_760_000_100_003 },
    'std.certifications': { value: ['ce', 'iso9001'], updatedAt: 1_760_000_100_004 },
    'rd.patents_abroad': { dontKnow: true, updatedAt: 1_760_000_100_005 },
  },
  ...over,
});

const text = (a: Assessment = sample()) => serializeExchangeFile(buildAssessmentFile(a, Date.UTC(2026, 2, 1)));
const parseText = (t: string) => parseImportFile(t, new TextEncoder().encode(t).length, instrument);
/** The file as a plain object, to break on purpose. */
const fileObject = (a: Assessment = sample()) => JSON.parse(text(a)) as Record<string, unknown> & { assessment: Record<string, unknown> & { answers: Record<string, Record<string, unknown>> } };
const parseObject = (o: unknown) => parseText(JSON.stringify(o));

function errorOf(r: ImportResult) {
  if (r.ok) throw new Error(`expected the file to be refused, got ${r.assessments.length} assessments`);
  return r.error;
}

describe('parseImportFile: files it accepts', () => {
  it('reads back exactly what was exported', () => {
    const r = parseText(text());
    expect(r).toEqual({ ok: true, kind: 'assessment', assessments: [sample()], warnings: [] });
  });

  it('reads a bundle of several assessments in order', () => {
    const list = [sample(), sample({ id: 'b-2', name: '' }), sample({ id: 'c-3', answers: {} })];
    const t = serializeExchangeFile(buildBundleFile(list, 0));
    const r = parseText(t);
    expect(r.ok && r.assessments.map((a) => a.id)).toEqual(['a-1', 'b-2', 'c-3']);
  });

  it('accepts a byte-order mark at the start, as Windows editors write one', () => {
    expect(parseText(`\ufeff${text()}`).ok).toBe(true);
  });

  it('accepts cleared answers ("" and []) and "don\'t know" kept beside a value', () => {
    const a = sample({
      answers: {
        'profile.industry': { value: '', updatedAt: 1 },
        'std.certifications': { value: [], updatedAt: 1 },
        'rd.intensity': { value: 3, dontKnow: true, updatedAt: 1 },
      },
    });
    expect(parseText(text(a))).toMatchObject({ ok: true, assessments: [a] });
  });

  it('drops fields the format does not know and returns fresh plain objects', () => {
    const o = fileObject();
    o.assessment.extra = { evil: true };
    o.assessment.answers['rd.intensity']!.extra = 1;
    const r = parseObject(o);
    if (!r.ok) throw new Error(r.error.code);
    const [a] = r.assessments;
    expect(a).toEqual(sample());
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(a!.answers)).toBe(Object.prototype);
  });

  it('shortens an over-long firm name and note, and warns about each', () => {
    const long = sample({ name: 'N'.repeat(100_000) });
    long.answers['rd.intensity'] = { value: 4, note: `${'x'.repeat(IMPORT_LIMITS.maxNoteLength - 1)}😀tail`, updatedAt: 1 };
    const r = parseText(text(long));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.assessments[0]!.name).toHaveLength(IMPORT_LIMITS.maxNameLength);
    const note = r.assessments[0]!.answers['rd.intensity']!.note!;
    expect(note.length, 'the emoji is not cut in half').toBe(IMPORT_LIMITS.maxNoteLength - 1);
    expect(r.warnings).toEqual([
      { code: 'truncated', details: { path: 'assessment.name', field: 'name', limit: 200, length: 100_000 } },
      { code: 'truncated', details: { path: 'assessment.answers["rd.intensity"].note', field: 'note', limit: 10_000, length: 10_005 } },
    ]);
  });

  it('keeps hostile text as plain data: markup and scripts are just characters', () => {
    const name = '<img src=x onerror="window.__xss=1">\u202Egnp.exe';
    const a = sample({ name });
    a.answers['rd.intensity']!.note = 'javascript:alert(1)';
    const r = parseText(text(a));
    expect(r.ok && r.assessments[0]!.name).toBe(name);
  });
});

describe('parseImportFile: each kind of bad file gets its own error', () => {
  it('refuses a file over 5 MB before reading it', () => {
    const r = parseImportFile('', 6 * 1024 * 1024, instrument);
    expect(errorOf(r)).toEqual({ code: 'too_large', details: { size: 6 * 1024 * 1024, limit: IMPORT_LIMITS.maxBytes } });
  });

  it('refuses text over 5 MB even when the stated size is wrong', () => {
    expect(errorOf(parseImportFile(' '.repeat(IMPORT_LIMITS.maxBytes + 1), 10, instrument)).code).toBe('too_large');
  });

  it('calls an empty or blank file empty, and a bundle with no assessment too', () => {
    expect(errorOf(parseText('')).code).toBe('empty');
    expect(errorOf(parseText(' \n\t')).code).toBe('empty');
    expect(errorOf(parseText(serializeExchangeFile(buildBundleFile([], 0)))).code).toBe('empty');
  });

  it('calls a truncated file not JSON', () => {
    const t = text();
    expect(errorOf(parseText(t.slice(0, t.length / 2))).code).toBe('not_json');
    expect(errorOf(parseText('{"format": "chuhai-assessment",')).code).toBe('not_json');
  });

  it('calls a CSV or other text "not a Chuhai file", not a cut-off one', () => {
    expect(errorOf(parseText('firm,rung\nA,brand\n')).code).toBe('not_chuhai');
    expect(errorOf(parseText('\ufeffName;Score')).code).toBe('not_chuhai');
  });

  it('calls other JSON not a Chuhai file', () => {
    for (const other of ['[1,2]', '"text"', '42', 'null', '{"format":"other","formatVersion":1}', '{"name":"x"}']) {
      expect(errorOf(parseText(other)).code, `for ${other}`).toBe('not_chuhai');
    }
  });

  it('names a newer format version, with the version it found', () => {
    const o = fileObject();
    o.formatVersion = 4;
    expect(errorOf(parseObject(o))).toEqual({ code: 'future_version', details: { version: 4, supported: 3 } });
  });

  it('reports a broken structure with the path of the first problem', () => {
    const o = fileObject();
    o.assessment.answers['rd.intensity']!.value = { nested: true };
    expect(errorOf(parseObject(o))).toEqual({ code: 'bad_structure', details: { path: 'assessment.answers["rd.intensity"].value' } });
    const p = fileObject();
    delete p.assessment.createdAt;
    expect(errorOf(parseObject(p))).toEqual({ code: 'bad_structure', details: { path: 'assessment.createdAt' } });
    const q = fileObject();
    q.formatVersion = '1';
    expect(errorOf(parseObject(q))).toEqual({ code: 'bad_structure', details: { path: 'formatVersion' } });
  });

  it('refuses unsafe ids and infinite or negative time stamps as broken structure', () => {
    expect(errorOf(parseText(text(sample({ id: 'javascript:alert(1)' })))).code).toBe('bad_structure');
    expect(errorOf(parseText(text().replace('"createdAt": 1760000000000', '"createdAt": 1e400'))).code).toBe('bad_structure');
    expect(errorOf(parseText(text(sample({ updatedAt: -5 })))).code).toBe('bad_structure');
  });

  it('lists answers to questions the questionnaire does not have, and imports nothing', () => {
    const a = sample();
    a.answers['rd.telepathy'] = { value: 'yes', updatedAt: 1 };
    a.answers['zz.unknown'] = { value: 1, updatedAt: 1 };
    expect(errorOf(parseText(text(a)))).toEqual({
      code: 'unknown_question',
      details: { path: 'assessment.answers["rd.telepathy"]', questionIds: ['rd.telepathy', 'zz.unknown'] },
    });
  });

  const outOfRange: [string, Assessment['answers'][string]['value']][] = [
    ['rd.intensity', 150],
    ['rd.intensity', -1],
    ['rd.intensity', '50'],
    ['profile.cbam_tonnes', -0.5],
    ['profile.industry', 'spaceships'],
    ['profile.industry', ['machinery']],
    ['profile.cbam_goods', 1],
    ['std.certifications', 'ce'],
    ['std.certifications', ['ce', 'warp_drive']],
    ['std.certifications', ['ce', 'ce']],
    ['std.certifications', ['none', 'ce']],
  ];
  for (const [qid, value] of outOfRange) {
    it(`refuses ${JSON.stringify(value)} as an answer to ${qid}`, () => {
      const a = sample();
      a.answers[qid] = { value, updatedAt: 1 };
      expect(errorOf(parseText(text(a)))).toEqual({ code: 'out_of_range', details: { path: `assessment.answers["${qid}"].value`, questionId: qid } });
    });
  }

  it('refuses __proto__, constructor and prototype keys anywhere, with where they were', () => {
    const t = text();
    const atRoot = t.replace('{', '{"__proto__": {"polluted": true},');
    expect(errorOf(parseText(atRoot))).toEqual({ code: 'forbidden_key', details: { path: '__proto__', key: '__proto__' } });
    const inAnswer = t.replace('"value": 4.2', '"value": 4.2, "constructor": {"prototype": {"x": 1}}');
    expect(errorOf(parseText(inAnswer))).toEqual({ code: 'forbidden_key', details: { path: 'assessment.answers["rd.intensity"].constructor', key: 'constructor' } });
    const asQuestionId = t.replace('"rd.intensity":', '"prototype":');
    expect(errorOf(parseText(asQuestionId)).code).toBe('forbidden_key');
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').toBeUndefined();
  });

  it('refuses a bundle of more than 1,000 assessments', () => {
    const many = Array.from({ length: IMPORT_LIMITS.maxAssessments + 1 }, (_, i) => sample({ id: `id-${i}`, answers: {} }));
    expect(errorOf(parseText(serializeExchangeFile(buildBundleFile(many, 0))))).toEqual({
      code: 'too_many',
      details: { count: 1001, limit: 1000 },
    });
  });

  it('accepts exactly 1,000 assessments', () => {
    const many = Array.from({ length: IMPORT_LIMITS.maxAssessments }, (_, i) => sample({ id: `id-${i}` }));
    const r = parseText(serializeExchangeFile(buildBundleFile(many, 0)));
    expect(r.ok && r.assessments.length).toBe(1000);
  });

  it('refuses a bundle listing the same assessment twice', () => {
    const t = serializeExchangeFile(buildBundleFile([sample(), sample({ name: 'other' })], 0));
    expect(errorOf(parseText(t))).toEqual({ code: 'duplicate_id', details: { path: 'assessments[1].id' } });
  });
});
