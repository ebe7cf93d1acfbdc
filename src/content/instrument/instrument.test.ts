import en from '@locales/en/instrument.json';
import zh from '@locales/zh-CN/instrument.json';
import enQuestions from '@locales/en/questions.json';
import zhQuestions from '@locales/zh-CN/questions.json';
import { describe, expect, it } from 'vitest';
import { instrumentSchema, type Question } from '@/domain/instrument/instrument-schema';
import { DIMENSIONS, SECTIONS, isAnswerOnly, questionsIn, type Predicate } from '@/domain/instrument/vocabulary';
import { RULES } from '@/content/recommendations';
import enCommon from '@locales/en/common.json';
import zhCommon from '@locales/zh-CN/common.json';
import enWorkshop from '@locales/en/workshop.json';
import zhWorkshop from '@locales/zh-CN/workshop.json';
import type { Band } from '@/domain/instrument/instrument-schema';
import { instrument } from './index';

const creditAt = (bands: readonly Band[], v: number) => bands.reduce((c, b) => (v >= b.min ? Math.max(c, b.value) : c), 0);

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
    const readByGates = new Set(instrument.gates.flatMap((g) => questionsIn(g.test)));
    const readByRules = new Set(RULES.flatMap((r) => [r.when, ...r.boosts.flatMap((b) => ('if' in b ? [b.if] : []))]).flatMap(questionsIn));
    for (const q of instrument.questions) {
      if (q.section === 'profile' || q.weight === 0) {
        expect(q.weight, q.id).toBe(0);
        expect(q.options?.every((o) => o.value === undefined) ?? true, `${q.id}: an unscored question's options carry no value`).toBe(true);
        if (q.section !== 'profile') {
          // A fact inside a dimension is there for the ladder or the advice; otherwise it would be noise.
          expect(readByGates.has(q.id) || readByRules.has(q.id), `${q.id}: an unscored fact nothing reads`).toBe(true);
        }
        continue;
      }
      if (q.options) expect(q.options.every((o) => o.value !== undefined), `${q.id}: an option without a value`).toBe(true);
      else expect(q.bands?.[0]?.min, `${q.id}: numeric bands start at 0`).toBe(0);
      if (q.type !== 'multi' && q.options) expect(Math.max(...q.options.map((o) => o.value!)), `${q.id} best option`).toBe(1);
    }
  });

  it('gives every numeric question a maximum, so an absurd figure is refused as out of range', () => {
    for (const q of instrument.questions.filter((x) => x.type === 'percent' || x.type === 'number')) {
      expect(q.max, q.id).toBeGreaterThan(0);
      expect(Number.isFinite(q.max), q.id).toBe(true);
    }
  });

  it('picks size-aware bands by a profile choice, each table starting at 0, none stricter than the default', () => {
    for (const q of instrument.questions.filter((x) => x.bandsBy)) {
      const by = byId.get(q.bandsBy!.question)!;
      expect(by.section, `${q.id} reads a profile answer`).toBe('profile');
      const options = by.options!.map((o) => o.id);
      expect(Object.keys(q.bandsBy!.bands).sort(), `${q.id}: a band table for every option of ${by.id}`).toEqual([...options].sort());
      for (const [key, bands] of Object.entries(q.bandsBy!.bands)) {
        expect(bands[0]!.min, `${q.id}/${key}`).toBe(0);
        expect(bands.at(-1)!.value, `${q.id}/${key} reaches full credit`).toBe(1);
        // Without the profile answer the strictest table applies: a firm never loses credit by answering it.
        for (let v = 0; v <= (q.max ?? 100); v += 0.5) expect(creditAt(bands, v) >= creditAt(q.bands!, v), `${q.id}/${key} at ${v}`).toBe(true);
      }
    }
  });

  it('lets a follow-up give its weight to the question it follows only when that keeps every better answer from lowering the score', () => {
    const followUps = instrument.questions.filter((q) => q.followUpOf);
    expect(followUps.map((q) => q.id)).toEqual(expect.arrayContaining(['comp.areas', 'cap.integration']));
    for (const child of followUps) {
      const parent = byId.get(child.followUpOf!)!;
      expect(parent.section, `${child.id} follows a question of its own dimension`).toBe(child.section);
      expect(parent.type, `${child.id}: its parent is a single choice`).toBe('single');
      expect(questionsIn(child.condition!), `${child.id} is shown by its parent's answer only`).toEqual([parent.id]);
      const shows = (o: string) => (optionTests(child.condition!)[0]!.is).includes(o);
      for (const hidden of parent.options!.filter((o) => !shows(o.id))) {
        for (const shown of parent.options!.filter((o) => shows(o.id) && o.value! >= hidden.value!)) {
          // Moving to `shown` reveals the child at its worst (0): the parent's own weight must still pay for both.
          expect(parent.weight * shown.value!, `${parent.id}: ${hidden.id} → ${shown.id}`).toBeGreaterThanOrEqual((parent.weight + child.weight) * hidden.value! - 1e-12);
        }
      }
    }
  });

  it('keeps every answer on the axes to at most a fifth of its axis', () => {
    for (const axis of ['T', 'R'] as const) {
      for (const c of instrument.axes[axis]) {
        expect('question' in c, `${axis}: components are answers, so each one's share is plain`).toBe(true);
        expect(c.weight, `${axis}: ${'question' in c ? c.question : c.dimension}`).toBeLessThanOrEqual(0.2);
      }
    }
  });

  it('marks about twelve questions for the quick path, which decide the product and brand rungs and read both axes', () => {
    const quick = instrument.questions.filter((q) => q.quick);
    expect(quick.length).toBeGreaterThanOrEqual(10);
    expect(quick.length, 'a five-minute path').toBeLessThanOrEqual(13);
    const ids = new Set(quick.map((q) => q.id));
    for (const g of instrument.gates.filter((x) => x.rung !== 'integrated')) {
      for (const id of questionsIn(g.test)) expect(ids.has(id), `the ${g.id} gate reads ${id}, which the quick path must ask`).toBe(true);
    }
    // A single quick answer can rule the top rung out: some integrated gate is a plain "all" of answers, one of them quick.
    const settles = instrument.gates.filter((g) => g.rung === 'integrated' && 'all' in g.test && g.test.all.some((p) => 'q' in p && ids.has(p.q)));
    expect(settles.length, 'integrated gates that one quick answer can fail').toBeGreaterThanOrEqual(2);
    for (const axis of ['T', 'R'] as const) {
      const share = instrument.axes[axis].reduce((s, c) => s + ('question' in c && ids.has(c.question) ? c.weight : 0), 0);
      expect(share, `share of axis ${axis} read by the quick path`).toBeGreaterThanOrEqual(0.4);
    }
    for (const q of quick) {
      for (const id of q.condition ? questionsIn(q.condition) : []) {
        expect(ids.has(id), `${q.id} is shown or hidden by ${id}, which the quick path must then ask`).toBe(true);
      }
    }
  });

  it('says on the start page and in the workshop guide how many questions the quick path asks', () => {
    const count = String(instrument.questions.filter((q) => q.quick).length);
    for (const text of [enCommon.start.quickHint, zhCommon.start.quickHint, enWorkshop.journey.quick, zhWorkshop.journey.quick]) {
      expect(text.match(/\d+/)?.[0], text).toBe(count);
    }
  });

  it('carries every question of each earlier version forward: kept, moved or retired, never forgotten', () => {
    expect(instrument.revisions.at(-1)?.to).toBe(instrument.version);
    for (const r of instrument.revisions) {
      expect(new Set(r.previousQuestions).size, `${r.from}: no duplicate ids`).toBe(r.previousQuestions.length);
      for (const from of Object.keys(r.carry)) expect(r.previousQuestions, `${r.from}: carries an unknown question ${from}`).toContain(from);
      if (r.to !== instrument.version) continue;
      for (const old of r.previousQuestions) {
        const carries = r.carry[old];
        if (carries === undefined) {
          expect(byId.has(old), `${old} is neither kept nor carried`).toBe(true);
          continue;
        }
        for (const c of carries) {
          const target = byId.get(c.to);
          expect(target, `${old} → unknown ${c.to}`).toBeDefined();
          for (const to of Object.values(c.options ?? {})) {
            for (const id of to === null ? [] : Array.isArray(to) ? to : [to]) {
              expect(target!.options?.map((o) => o.id), `${old} → ${c.to}: no option ${id}`).toContain(id);
            }
          }
        }
      }
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
      // Earlier answers shown beside changed questions: the wording they were given to.
      for (const r of instrument.revisions) {
        for (const [old, carries] of Object.entries(r.carry)) {
          if (!byId.has(old)) need(`q.legacy.${old}.text`);
          for (const c of carries) {
            for (const [optionId, to] of Object.entries(c.options ?? {})) {
              const same = to === optionId || (Array.isArray(to) && to.length === 1 && to[0] === optionId);
              if (!same) need(`q.legacy.${old}.options.${optionId}`);
            }
          }
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
