import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/assessment';
import { buildAssessmentFile, buildBundleFile, serializeExchangeFile } from './build-exchange-file';
import { assessmentExportName, assessmentFileName, bundleFileName, fileNamePart, shortCode } from './exchange-file-name';
import { findForbiddenKey } from './find-forbidden-key';
import { formatPath } from './import-errors';
import { EXCHANGE_MIGRATIONS, migrateExchangeFile } from './migrate-exchange-file';

const a: Assessment = {
  id: 'x1',
  name: 'Acme',
  createdAt: 1,
  updatedAt: 2,
  instrumentVersion: '2026.1',
  answers: { 'rd.intensity': { value: 3, updatedAt: 2 } },
};

describe('export files', () => {
  it('carry the format name, format version, questionnaire version and export time', () => {
    const file = buildAssessmentFile(a, Date.UTC(2026, 0, 15, 8));
    expect(file).toEqual({ format: 'chuhai-assessment', formatVersion: 3, instrumentVersion: '2026.1', exportedAt: '2026-01-15T08:00:00.000Z', assessment: a });
    expect(buildBundleFile([a, a], 0)).toMatchObject({ format: 'chuhai-bundle', formatVersion: 3, assessments: [a, a] });
  });

  it('hold only the fields of the format, copied (later edits do not change a built file)', () => {
    const withExtra = { ...a, answers: { ...a.answers, 'std.certifications': { value: ['ce'], updatedAt: 1 } }, secret: 'x' } as Assessment;
    const file = buildAssessmentFile(withExtra, 0);
    expect(file.assessment).not.toHaveProperty('secret');
    (withExtra.answers['std.certifications']!.value as string[]).push('ul_etl');
    expect(file.assessment.answers['std.certifications']!.value).toEqual(['ce']);
  });

  it('never throw on an impossible export time', () => {
    expect(buildAssessmentFile(a, Number.NaN).exportedAt).toBe('1970-01-01T00:00:00.000Z');
  });

  it('are indented JSON ending with a newline', () => {
    const t = serializeExchangeFile(buildAssessmentFile(a, 0));
    expect(t.endsWith('}\n')).toBe(true);
    expect(t).toContain('\n  "format": "chuhai-assessment"');
  });
});

describe('export file names', () => {
  const day = new Date(2026, 2, 5, 12).getTime();
  const id = '3f2b8c1e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
  const named = (name: string) => assessmentFileName({ id, name }, day);
  const stemOf = (name: string) => named(name).slice('chuhai-'.length, -'-2026-03-05.json'.length);

  it('use the firm name and the local date', () => {
    expect(named('Ningbo Pumps Co., Ltd.')).toBe('chuhai-Ningbo-Pumps-Co.-Ltd-2026-03-05.json');
    expect(named('宁波泵业有限公司')).toBe('chuhai-宁波泵业有限公司-2026-03-05.json');
    expect(bundleFileName(12, day)).toBe('chuhai-bundle-12-2026-03-05.json');
  });

  it('name every export of one assessment alike: json, answers and action-plan csv, printed report', () => {
    const firm = { id, name: '宁波泵业' };
    expect(assessmentExportName(firm, day, 'answers', 'csv')).toBe('chuhai-宁波泵业-2026-03-05-answers.csv');
    expect(assessmentExportName(firm, day, 'action-plan', 'csv')).toBe('chuhai-宁波泵业-2026-03-05-action-plan.csv');
    expect(assessmentExportName(firm, day, 'report')).toBe('chuhai-宁波泵业-2026-03-05-report');
  });

  it('give an unnamed assessment a short code of its id instead of "anonymous", distinct per assessment', () => {
    for (const name of ['', '   ', '...', '\u202E', '///', '\u200f\u200e']) {
      expect(named(name), `for ${JSON.stringify(name)}`).toMatch(/^chuhai-[0-9a-f]{6}-2026-03-05\.json$/);
    }
    expect(named('')).toBe(`chuhai-${shortCode(id)}-2026-03-05.json`);
    expect(assessmentFileName({ id, name: '' }, day + 1000), 'the same assessment keeps its code').toBe(named(''));
    const codes = new Set(Array.from({ length: 60 }, (_, i) => shortCode(`${id.slice(0, -2)}${String(i).padStart(2, '0')}`)));
    expect(codes.size, 'sixty firms of a workshop, sixty codes').toBe(60);
    // A cohort's file still says "anonymous" when its name has nothing usable.
    expect(fileNamePart('')).toBe('anonymous');
  });

  it('strip path separators, reserved and direction-changing characters', () => {
    expect(stemOf('../../x')).toBe('x');
    expect(stemOf('../../etc/passwd')).toBe('etc-passwd');
    expect(stemOf('a<b>c:d"e|f?g*h\\i')).toBe('a-b-c-d-e-f-g-h-i');
    expect(stemOf('invoice\u202Egnp.exe')).toBe('invoicegnp.exe');
    expect(stemOf('\u200f宁波\u200e泵业\u202b')).toBe('宁波泵业');
    expect(stemOf('<img src=x onerror="alert(1)">')).toBe('img-src-x-onerror-alert(1)');
    expect(stemOf('CON')).toBe('CON-firm');
    expect(stemOf('line\nbreak\ttab\u0000\u007f')).toBe('linebreaktab');
    expect(stemOf('  padded name.  ')).toBe('padded-name');
  });

  it('stay short for long names, without splitting a character, and within 255 bytes as a whole file name', () => {
    expect(Array.from(stemOf('出'.repeat(100_000)))).toHaveLength(60);
    expect(stemOf('A'.repeat(200))).toBe('A'.repeat(60));
    expect(stemOf('😀'.repeat(100))).toBe('😀'.repeat(45));
    for (const name of ['出'.repeat(200), '😀'.repeat(200), '👩🏽‍🔬'.repeat(60), 'é'.repeat(200)]) {
      const file = assessmentExportName({ id, name }, day, 'action-plan', 'csv');
      expect(new TextEncoder().encode(file).length, file).toBeLessThanOrEqual(255);
      expect(file, 'no lone surrogate').not.toMatch(/\p{Cs}/u);
    }
  });
});

describe('format migration', () => {
  it('passes a current file through and tells a single file from a bundle', () => {
    expect(migrateExchangeFile({ format: 'chuhai-bundle', formatVersion: 3 })).toMatchObject({ ok: true, kind: 'bundle', file: { formatVersion: 3 } });
    expect(EXCHANGE_MIGRATIONS.current).toBe(3);
    expect(migrateExchangeFile({ format: 'chuhai-bundle', formatVersion: 1 }), 'a version-1 file reads on').toMatchObject({ ok: true, file: { formatVersion: 3 } });
    expect(migrateExchangeFile({ format: 'chuhai-bundle', formatVersion: 2 }), 'a version-2 file (no scenarios) reads on').toMatchObject({ ok: true, file: { formatVersion: 3 } });
  });

  it('runs each step from the file version up to the current one', () => {
    const plan = {
      current: 3,
      steps: {
        1: (f: Record<string, unknown>) => ({ ...f, formatVersion: 2, renamed: f.old }),
        2: (f: Record<string, unknown>) => ({ ...f, formatVersion: 3, added: true }),
      },
    };
    const r = migrateExchangeFile({ format: 'chuhai-assessment', formatVersion: 1, old: 'x' }, plan);
    expect(r).toEqual({ ok: true, kind: 'assessment', file: { format: 'chuhai-assessment', formatVersion: 3, old: 'x', renamed: 'x', added: true } });
    expect(migrateExchangeFile({ format: 'chuhai-assessment', formatVersion: 2 }, plan)).toMatchObject({ ok: true, file: { formatVersion: 3, added: true } });
  });

  it('refuses versions it cannot place: newer, zero, fractional', () => {
    expect(migrateExchangeFile({ format: 'chuhai-assessment', formatVersion: 7 })).toEqual({ ok: false, error: { code: 'future_version', details: { version: 7, supported: 3 } } });
    for (const v of [0, -1, 1.5, null]) {
      expect(migrateExchangeFile({ format: 'chuhai-assessment', formatVersion: v })).toMatchObject({ ok: false, error: { code: 'bad_structure' } });
    }
  });
});

describe('hostile-key search and error paths', () => {
  it('finds a forbidden key deep in arrays and objects, and gives its path', () => {
    const raw = JSON.parse('{"a":[{"b":1},{"c":{"__proto__":{"x":1}}}]}');
    expect(findForbiddenKey(raw)).toEqual({ path: ['a', 1, 'c', '__proto__'], key: '__proto__' });
    expect(findForbiddenKey(JSON.parse('{"note":"__proto__ constructor"}'))).toBeNull();
  });

  it('walks a file nested a million levels deep without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(1_000_000)}{"constructor":1}${']'.repeat(1_000_000)}`);
    expect(findForbiddenKey(deep)?.key).toBe('constructor');
  });

  it('writes paths readably and keeps hostile keys short', () => {
    expect(formatPath(['assessments', 2, 'answers', 'rd.intensity', 'value'])).toBe('assessments[2].answers["rd.intensity"].value');
    expect(formatPath(['k'.repeat(1000)])).toBe(`${'k'.repeat(40)}…`);
    expect(formatPath(Array.from({ length: 20 }, (_, i) => i))).toBe('…[12][13][14][15][16][17][18][19]');
  });
});
