import { describe, expect, it } from 'vitest';
import en from '@locales/en/recommendations.json';
import zh from '@locales/zh-CN/recommendations.json';
import { instrument } from '@/content/instrument';
import type { Predicate } from '@/domain/instrument/predicate-schema';
import { MODELS, ruleSchema, supportSchema } from '@/domain/recommendations/rule-schema';
import { RULES } from './index';
import { PAPER_ITEMS } from './paper-items';
import { SUPPORT } from './support';

type Tree = { [k: string]: string | Tree };
const has = (tree: Tree, key: string): boolean => {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node.trim() !== '';
};

const questions = new Map(instrument.questions.map((q) => [q.id, q]));
const gates = new Set(instrument.gates.map((g) => g.id));

function leaves(p: Predicate): Predicate[] {
  if ('all' in p) return p.all.flatMap(leaves);
  if ('any' in p) return p.any.flatMap(leaves);
  if ('not' in p) return leaves(p.not);
  return [p];
}
const predicatesOf = (r: (typeof RULES)[number]) => [r.when, ...r.boosts.flatMap((b) => ('if' in b ? [b.if] : []))];

/** Every text key the rules and the support catalogue need, in the `recommendations` namespace. */
function requiredKeys(): string[] {
  const keys = RULES.flatMap((r) => [`rules.${r.id}.title`, `rules.${r.id}.why`, ...r.steps.map((s) => `rules.${r.id}.steps.${s}`)]);
  keys.push(...SUPPORT.flatMap((s) => [`support.${s.id}.name`, `support.${s.id}.description`]));
  keys.push(...RULES.flatMap((r) => r.boosts.map((b) => ('if' in b ? `boosts.${b.reason}` : `boosts.${b.situation}`))).filter((k) => k !== 'boosts.lean'));
  keys.push('boosts.next_rung', ...MODELS.map((m) => `boosts.lean_${m}`));
  keys.push(...PAPER_ITEMS.map((p) => `paper.${p.id}`));
  return [...new Set(keys)];
}

describe('recommendation rules (content)', () => {
  it('validate against the rule schema, with unique ids', () => {
    expect(RULES.filter((r) => !ruleSchema.safeParse(r).success).map((r) => r.id)).toEqual([]);
    const ids = RULES.map((r) => r.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('only name questions, options and gates that exist', () => {
    const problems: string[] = [];
    for (const r of RULES) {
      for (const leaf of predicatesOf(r).flatMap(leaves)) {
        const q = 'q' in leaf ? questions.get(leaf.q) : undefined;
        if ('q' in leaf && !q) problems.push(`${r.id}: question ${leaf.q}`);
        if ('is' in leaf) problems.push(...leaf.is.filter((o) => !q?.options?.some((x) => x.id === o)).map((o) => `${r.id}: ${leaf.q} option ${o}`));
        if ('gate' in leaf && !gates.has(leaf.gate)) problems.push(`${r.id}: gate ${leaf.gate}`);
      }
      const gapGates = 'gates' in r.gap ? r.gap.gates : [];
      problems.push(...[...(r.leadsTo.gates ?? []), ...gapGates].filter((g) => !gates.has(g)).map((g) => `${r.id}: gate ${g}`));
    }
    expect(problems).toEqual([]);
  });

  it('measure question gaps only on scored questions', () => {
    const unscored = RULES.flatMap((r) => ('questions' in r.gap ? r.gap.questions.map((id) => [r.id, id] as const) : []))
      .filter(([, id]) => !((questions.get(id)?.weight ?? 0) > 0))
      .map(([rule, id]) => `${rule}: ${id}`);
    expect(unscored).toEqual([]);
  });

  it('boost by the lean only rules that build a model, and by the next rung only rules that lead to a gate', () => {
    const situations = RULES.flatMap((r) => r.boosts.flatMap((b) => ('situation' in b ? [[r, b.situation] as const] : [])));
    expect(situations.length).toBeGreaterThan(0);
    const wrong = situations
      .filter(([r, s]) => (s === 'lean' ? !r.leadsTo.model : !r.leadsTo.gates?.length))
      .map(([r, s]) => `${r.id}: ${s}`);
    expect(wrong).toEqual([]);
  });

  it('point to support items and paper items that exist, and every support item is used', () => {
    const supportIds = new Set(SUPPORT.map((s) => s.id));
    const paperIds = new Set<string>(PAPER_ITEMS.map((p) => p.id));
    expect(SUPPORT.filter((s) => !supportSchema.safeParse(s).success).map((s) => s.id)).toEqual([]);
    expect(supportIds.size).toBe(SUPPORT.length);
    const dangling = RULES.flatMap((r) => [
      ...r.support.filter((s) => !supportIds.has(s)).map((s) => `${r.id}: support ${s}`),
      ...r.covers.filter((c) => !paperIds.has(c)).map((c) => `${r.id}: paper item ${c}`),
    ]);
    expect(dangling).toEqual([]);
    const used = new Set(RULES.flatMap((r) => r.support));
    expect(SUPPORT.filter((s) => !used.has(s.id)).map((s) => s.id), 'support items no rule names').toEqual([]);
  });

  it('have every text key (title, why, steps, support, boosts, paper items) in both languages', () => {
    const keys = requiredKeys();
    expect(keys.length).toBeGreaterThan(RULES.length * 4);
    expect(keys.filter((k) => !has(en as Tree, k)), 'missing in en').toEqual([]);
    expect(keys.filter((k) => !has(zh as Tree, k)), 'missing in zh-CN').toEqual([]);
  });

  it('name the public services the paper cites in Chinese as officials and firms do', () => {
    const text = JSON.stringify(zh);
    const terms = ['出海', '自主品牌', '代工', '海外仓', '境外经贸合作区', '出口信用保险', '碳足迹', '碳边境调节机制', '抱团出海', '一站式涉外法律服务', '海外综合服务平台'];
    expect(terms.filter((t) => !text.includes(t))).toEqual([]);
  });
});
