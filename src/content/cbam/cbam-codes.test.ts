import en from '@locales/en/cbam-codes.json';
import zh from '@locales/zh-CN/cbam-codes.json';
import enCbam from '@locales/en/cbam.json';
import zhCbam from '@locales/zh-CN/cbam.json';
import { describe, expect, it } from 'vitest';
import { cbamCodeTableSchema } from '@/domain/cbam/cbam-code-schema';
import { defaultBenchmarkFor } from '@/domain/cbam/cbam-code-values';
import { CBAM_CONSTANTS } from './cbam-constants-2026';
import { CBAM_CODES, cbamCodeRow } from './index';
import { CBAM_SOURCES, isCbamSourceId } from './sources';

const covered = CBAM_CODES.filter((r) => r.covered);
const startsWithAny = (code: string, prefixes: string[]) => prefixes.some((p) => code.startsWith(p));

describe('the CBAM code table', () => {
  it('matches its schema, with unique codes', () => {
    const r = cbamCodeTableSchema.safeParse(CBAM_CODES);
    expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).toBe(true);
    expect(CBAM_CODES.length).toBeGreaterThan(250);
  });

  it('cites a source for every covered code: the default value with its Official Journal page, and the benchmark', () => {
    for (const row of covered) {
      if (row.china) {
        expect(row.china.source.act, row.code).toBe('ir_2025_2621');
        expect(row.china.source.page, `${row.code} page`).toBeGreaterThan(480);
      } else {
        expect(row.chinaMissing, `${row.code} gives no default value and no reason`).toBeDefined();
      }
      if (row.benchmark) expect(row.benchmark.source.act, row.code).toBe('ir_2025_2620');
      else expect(row.benchmarkMissing, `${row.code} gives no benchmark and no reason`).toBeDefined();
    }
    for (const row of CBAM_CODES.filter((r) => !r.covered)) expect(row.coverage?.act, row.code).toBe('reg_2023_956');
  });

  it('holds the act’s per-year columns, which already include the mark-up (so it is never added twice)', () => {
    for (const row of covered.filter((r) => r.china)) {
      const markUps = CBAM_CONSTANTS.markUps.bySector[row.sector];
      row.china!.withMarkUp.forEach((value, i) => {
        // The act rounds to three decimals; a mark-up added twice would be off by 1 % to 30 %.
        expect(Math.abs(value - row.china!.total * (1 + markUps[i]!)), `${row.code} column ${i}`).toBeLessThanOrEqual(0.0016);
      });
    }
  });

  it('has benchmarks no higher than the default value, as the act’s conservative defaults imply', () => {
    // Calcined clay replaces clinker, so the act gives it the clinker benchmark (0.666) above its own default (0.32).
    const exceptions = ['2507008080'];
    for (const row of covered.filter((r) => r.china && !exceptions.includes(r.code))) {
      const b = defaultBenchmarkFor(row, 2026, CBAM_CONSTANTS);
      expect(b.value, `${row.code} benchmark vs default`).toBeLessThanOrEqual(row.china!.total);
      expect(b.basis, `${row.code} has a benchmark`).not.toBe('none');
    }
  });

  it('carries the values the issue checks against: 7208 3.187 (3.506 in 2026) with benchmark 1.370; 7318 15 / 16 / 22 00', () => {
    const hrc = cbamCodeRow('7208')!;
    expect([hrc.china!.total, hrc.china!.withMarkUp[0]]).toEqual([3.187, 3.506]);
    expect(hrc.benchmark!.b.C).toBe(1.37);
    expect(cbamCodeRow('731815')!.china!.total).toBe(6.375);
    expect(cbamCodeRow('731816')!.china!.total).toBe(5.045);
    expect(cbamCodeRow('73182200')!.china!.total).toBe(4.555);
    expect(cbamCodeRow('7601')!.benchmark!.b).toEqual({ K: 1.423, L: 0.091 });
  });

  it('covers what Annex I covers and nothing it leaves out', () => {
    const mustHave = ['7208', '7209', '7210', '7211', '7212', '7213', '7214', '7215', '7216', '7217', '7219', '7220', '7225', '7226', '7227', '7228',
      '7229', '7304', '7305', '7306', '7308', '7318', '7326', '7601', '7604', '7605', '7606', '7607', '7608', '7610', '7616', '2523', '2814', '3102', '3105'];
    for (const p of mustHave) expect(covered.some((r) => r.code.startsWith(p)), `a covered row under ${p}`).toBe(true);
    for (const p of ['7204', '7602', '7615', '3103', '3104', '31056000', '720221', '72023000']) {
      expect(covered.some((r) => r.code.startsWith(p)), `${p} is not covered`).toBe(false);
      expect(CBAM_CODES.some((r) => r.code.startsWith(p)), `${p} is listed as not covered`).toBe(true);
    }
    const chapter73 = covered.filter((r) => r.code.startsWith('73')).map((r) => r.code);
    const allowed = ['7301', '7302', '7303', '7304', '7305', '7306', '7307', '7308', '7309', '7310', '7311', '7318', '7326'];
    expect(chapter73.filter((c) => !startsWithAny(c, allowed))).toEqual([]);
  });

  it('has a name in both languages for every code', () => {
    const missing = (names: Record<string, string>) => CBAM_CODES.filter((r) => !names[r.code]?.trim()).map((r) => r.code);
    expect(missing(en.codes)).toEqual([]);
    expect(missing(zh.codes)).toEqual([]);
  });

  it('refers only to sources that exist, each cited in both languages', () => {
    const ids = new Set<string>();
    for (const row of CBAM_CODES) for (const s of [row.china?.source, row.benchmark?.source, row.coverage]) if (s) ids.add(s.act);
    const walk = (v: unknown): void => {
      if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
          if (k === 'source' || k === 'act') ids.add(String(x));
          else walk(x);
        }
    };
    walk(CBAM_CONSTANTS);
    for (const id of ids) expect(isCbamSourceId(id), `unknown source ${id}`).toBe(true);
    for (const s of CBAM_SOURCES) {
      expect((enCbam.sources as Record<string, string>)[s.id], `en citation of ${s.id}`).toBeTruthy();
      expect((zhCbam.sources as Record<string, string>)[s.id], `zh citation of ${s.id}`).toBeTruthy();
    }
  });
});
