import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/assessment';
import { buildAssessmentFile, buildBundleFile, serializeExchangeFile } from './build-exchange-file';
import { assessmentFileName, bundleFileName, fileNamePart } from './exchange-file-name';
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

  it('use the firm name and the local date', () => {
    expect(assessmentFileName('Ningbo Pumps Co., Ltd.', day)).toBe('chuhai-Ningbo-Pumps-Co.-Ltd-2026-03-05.json');
    expect(assessmentFileName('宁波泵业有限公司', day)).toBe('chuhai-宁波泵业有限公司-2026-03-05.json');
    expect(bundleFileName(12, day)).toBe('chuhai-bundle-12-2026-03-05.json');
  });

  it('say "anonymous" when there is no usable name', () => {
    for (const name of ['', '   ', '...', '\u202E', '///']) expect(fileNamePart(name), `for ${JSON.stringify(name)}`).toBe('anonymous');
  });

  it('strip path separators, reserved and direction-changing characters', () => {
    expect(fileNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(fileNamePart('a<b>c:d"e|f?g*h\\i')).toBe('a-b-c-d-e-f-g-h-i');
    expect(fileNamePart('invoice\u202Egnp.exe')).toBe('invoicegnp.exe');
    expect(fileNamePart('<img src=x onerror="alert(1)">')).toBe('img-src-x-onerror-alert(1)');
    expect(fileNamePart('CON')).toBe('CON-firm');
    expect(fileNamePart('line\nbreak\ttab')).toBe('linebreaktab');
  });

  it('stay short for a 100 kB name, without splitting a character', () => {
    expect(Array.from(fileNamePart('出'.repeat(100_000)))).toHaveLength(60);
    expect(fileNamePart('😀'.repeat(100))).toBe('😀'.repeat(60));
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
