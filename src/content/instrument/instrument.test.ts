import en from '@locales/en/instrument.json';
import zh from '@locales/zh-CN/instrument.json';
import enQuestions from '@locales/en/questions.json';
import zhQuestions from '@locales/zh-CN/questions.json';
import { describe, expect, it } from 'vitest';
import { instrumentSchema, type Question } from '@/domain/instrument/instrument-schema';
import { DIMENSIONS, SECTIONS, isAnswerOnly, questionsIn, type Predicate } from '@/domain/instrument/vocabulary';
import { instrument } from './index';

const byId = new Map(instrument.questions.map((q) => [q.id, q]));
const sectionRank = (q: Question) => SECTIONS.indexOf(q.section) * 1000 + q.order;
const scoredOf = (section: string) => instrument.questions.filter((q) => q.section === section);

/** Every `{ q, is }` test inside a predicate. */
function optionTests(p: Predicate): { q: string; is: string[] }[] {
  if ('q' in p && 'is' in p) return [p];
  if ('all' in p) return p.all.flatMap(optionTests);
  if ('any' in p) return p.any.flatMap(optionTests);
  if ('not' in p) return optionTests(p.not);
  return [];
}

/** A test on a scored question is monotone when every option worth at least a listed one is listed too. */
function isUpwardClosed(t: { q: string; is: string[] }): boolean {
  const q = byId.get(t.q)!;
  if (q.section === 'profile' || q.type === 'multi') return true;
  const floor = Math.min(...t.is.map((id) => q.options!.find((o) => o.id === id)!.value ?? 0));
  return q.options!.filter((o) => (o.value ?? 0) >= floor).every((o) => t.is.includes(o.id));
}

describe('the instrument content', () => {
  it('matches the instrument schema', () => {
    const r = instrumentSchema.safeParse(instrument);
    expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).toBe(true);
  });

  it('has 40–70 questions, at least four per dimension, with unique ids and unique orders', () => {
    expect(instrument.questions.length).toBeGreaterThanOrEqual(40);
    expect(instrument.questions.length).toBeLessThanOrEqual(70);
    expect(new Set(instrument.questions.map((q) => q.id)).size).toBe(instrument.questions.length);
    for (const section of SECTIONS) {
      const qs = scoredOf(section);
      expect(qs.length, section).toBeGreaterThanOrEqual(4);
      expect(new Set(qs.map((q) => q.order)).size, `orders in ${section}`).toBe(qs.length);
    }
    expect(new Set(instrument.gates.map((g) => g.id)).size).toBe(instrument.gates.length);
  });

  it('gives each question the fields its type needs', () => {
    for (const q of instrument.questions) {
      const choice = q.type === 'single' || q.type === 'multi' || q.type === 'yesno';
      expect(!!q.options, `${q.id} options`).toBe(choice);
      if (q.options) expect(new Set(q.options.map((o) => o.id)).size, `${q.id} option ids`).toBe(q.options.length);
      if (q.type === 'percent') expect(q.max, `${q.id} max`).toBe(100);
      if (!choice) expect(q.unit, `${q.id} unit`).toBeDefined();
      if (q.type !== 'multi') expect(q.options?.some((o) => o.exclusive) ?? false, `${q.id} exclusive`).toBe(false);
    }
  });

  it('scores every dimension question with values on every option (or numeric bands) and leaves the profile unscored', () => {
    for (const q of instrument.questions) {
      if (q.section === 'profile') {
        expect(q.weight, q.id).toBe(0);
        expect(q.options?.every((o) => o.value === undefined) ?? true, `${q.id} profile options carry no value`).toBe(true);
        continue;
      }
      expect(q.weight, q.id).toBeGreaterThan(0);
      if (q.options) expect(q.options.every((o) => o.value !== undefined), `${q.id}: an option without a value`).toBe(true);
      else expect(q.bands?.[0]?.min, `${q.id}: numeric bands start at 0`).toBe(0);
      if (q.type !== 'multi' && q.options) expect(Math.max(...q.options.map((o) => o.value!)), `${q.id} best option`).toBe(1);
    }
  });

  it('has weights that sum to 1 within each dimension and within each axis', () => {
    for (const d of DIMENSIONS) {
      const sum = scoredOf(d).reduce((s, q) => s + q.weight, 0);
      expect(sum, `weights of ${d}`).toBeCloseTo(1, 9);
    }
    for (const axis of ['T', 'R'] as const) {
      expect(instrument.axes[axis].reduce((s, c) => s + c.weight, 0), `axis ${axis}`).toBeCloseTo(1, 9);
    }
  });

  it('has no dangling references in conditions, gates or axes', () => {
    const predicates = [
      ...instrument.questions.flatMap((q) => (q.condition ? [[q.id, q.condition] as const] : [])),
      ...instrument.gates.map((g) => [g.id, g.test] as const),
    ];
    for (const [owner, p] of predicates) {
      for (const id of questionsIn(p)) expect(byId.has(id), `${owner} reads unknown question ${id}`).toBe(true);
      for (const t of optionTests(p)) {
        const options = byId.get(t.q)?.options?.map((o) => o.id) ?? [];
        for (const o of t.is) expect(options, `${owner}: ${t.q} has no option ${o}`).toContain(o);
      }
    }
    for (const c of [...instrument.axes.T, ...instrument.axes.R]) {
      if ('question' in c) expect(byId.has(c.question), c.question).toBe(true);
    }
  });

  it('shows a question only on answers to earlier questions, so skip logic has no cycles', () => {
    for (const q of instrument.questions) {
      if (!q.condition) continue;
      expect(isAnswerOnly(q.condition), `${q.id} condition must test answers only`).toBe(true);
      for (const id of questionsIn(q.condition)) {
        expect(sectionRank(byId.get(id)!) < sectionRank(q), `${q.id} depends on later ${id}`).toBe(true);
        expect(id, `${q.id} depends on itself`).not.toBe(q.id);
      }
    }
  });

  it('uses only monotone tests, so a better answer can never hide credit or lose a gate', () => {
    const tests = [
      ...instrument.questions.flatMap((q) => (q.condition ? optionTests(q.condition) : [])),
      ...instrument.gates.flatMap((g) => optionTests(g.test)),
    ];
    for (const t of tests) expect(isUpwardClosed(t), `${t.q} in ${t.is.join(',')}`).toBe(true);
  });

  it('never lets overseas revenue share decide a rung', () => {
    for (const g of instrument.gates) expect(questionsIn(g.test), g.id).not.toContain('profile.overseas_share');
    for (const rung of ['product', 'brand', 'integrated']) {
      expect(instrument.gates.filter((g) => g.rung === rung).length, rung).toBeGreaterThan(0);
    }
  });
});

describe('the instrument text', () => {
  // Question texts live in their own namespace (a results page paints without them).
  const load = (lng: string): unknown => (lng === 'en' ? { ...en, q: enQuestions } : { ...zh, q: zhQuestions });
  const get = (tree: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined), tree);

  for (const lng of ['en', 'zh-CN']) {
    it(`has every question, option, section, gate, rung and axis text in ${lng}`, () => {
      const tree = load(lng);
      const missing: string[] = [];
      const need = (key: string) => {
        const v = get(tree, key);
        if (typeof v !== 'string' || !v.trim()) missing.push(key);
      };
      for (const q of instrument.questions) {
        need(`q.${q.id}.text`);
        need(`q.${q.id}.help`);
        for (const o of q.options ?? []) need(`q.${q.id}.options.${o.id}`);
        if (q.unit) need(`units.${q.unit}`);
      }
      for (const s of SECTIONS) {
        need(`sections.${s}.title`);
        need(`sections.${s}.intro`);
      }
      for (const d of DIMENSIONS) need(`dimensionShort.${d}`);
      for (const g of instrument.gates) for (const k of ['title', 'passed', 'failed']) need(`gates.${g.id}.${k}`);
      for (const r of ['none', 'product', 'brand', 'integrated']) {
        need(`rungs.${r}.name`);
        need(`rungs.${r}.description`);
      }
      for (const a of ['T', 'R']) for (const k of ['name', 'long', 'description']) need(`axes.${a}.${k}`);
      for (const quad of ['emerging', 'rule_export', 'chain_integration', 'convergent']) need(`quadrants.${quad}.name`);
      need('dontKnow');
      expect(missing).toEqual([]);
    });
  }
});
