// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { expectedConfig } from '../lint/feature-boundaries.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const config = JSON.parse(readFileSync(join(root, '.oxlintrc.json'), 'utf8'));
const sandbox = mkdtempSync(join(tmpdir(), 'chuhai-lint-'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** Lints files laid out like the project, with the project's own config; returns files with a boundary error. */
function boundaryErrors(files: Record<string, string>): string[] {
  const dir = mkdtempSync(join(sandbox, 'case-'));
  writeFileSync(join(dir, '.oxlintrc.json'), JSON.stringify(config));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  let out = '';
  try {
    out = execFileSync(join(root, 'node_modules/.bin/oxlint'), ['-c', '.oxlintrc.json', '-f', 'json', 'src'], { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    out = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { diagnostics: { code: string; filename: string }[] };
  return [...new Set(report.diagnostics.filter((d) => d.code.includes('no-restricted-imports')).map((d) => d.filename))].sort();
}

describe('import boundaries are enforced by the linter', () => {
  it('fails a domain file that imports React, zustand, i18next, chart.js or a feature', () => {
    const bad = {
      'src/domain/a.ts': "import { useState } from 'react';\nexport const a = useState;\n",
      'src/domain/b.ts': "import { create } from 'zustand';\nexport const b = create;\n",
      'src/domain/c.ts': "import i18next from 'i18next';\nexport const c = i18next;\n",
      'src/domain/d.ts': "import { Chart } from 'chart.js';\nexport const d = Chart;\n",
      'src/domain/e.ts': "import { x } from '@/features/results/x';\nexport const e = x;\n",
      'src/domain/f.ts': "import { x } from '../../features/results/x';\nexport const f = x;\n",
    };
    expect(boundaryErrors(bad)).toEqual(Object.keys(bad).sort());
  });

  it('lets a domain file import zod and other domain code', () => {
    expect(
      boundaryErrors({
        'src/domain/ok.ts': "import * as z from 'zod/mini';\nimport { y } from './y';\nexport const ok = [z, y];\n",
        'src/domain/y.ts': 'export const y = 1;\n',
      }),
    ).toEqual([]);
  });

  it('fails a feature that imports another feature, by alias or relative path', () => {
    const bad = {
      'src/features/results/a.ts': "import { q } from '@/features/questionnaire/q';\nexport const a = q;\n",
      'src/features/results/b.ts': "import { q } from '../questionnaire/q';\nexport const b = q;\n",
      'src/features/results/deep/c.ts': "import { q } from '../../questionnaire/q';\nexport const c = q;\n",
    };
    expect(boundaryErrors(bad)).toEqual(Object.keys(bad).sort());
  });

  it('lets a feature import its own files, shared code and the domain', () => {
    expect(
      boundaryErrors({
        'src/features/results/ok.ts':
          "import { a } from './deep/a';\nimport { b } from '@/features/results/b';\nimport { c } from '@/lib/c';\nimport { d } from '@/domain/d';\nexport const ok = [a, b, c, d];\n",
        'src/features/results/deep/a.ts': "import { b } from '../b';\nexport const a = b;\n",
      }),
    ).toEqual([]);
  });

  it('has a boundary rule for every feature folder (re-run test/lint/feature-boundaries.mjs when adding one)', () => {
    expect(config).toEqual(expectedConfig(config));
  });
});
