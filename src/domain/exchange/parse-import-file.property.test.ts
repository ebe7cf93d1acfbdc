import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import type { Answer, Answers, Assessment } from '../assessment/assessment';
import type { Question } from '../instrument/instrument-schema';
import { chosenOptions, numericValue } from '../scoring/answer-credit';
import { buildAssessmentFile, buildBundleFile, serializeExchangeFile } from './build-exchange-file';
import { IMPORT_LIMITS, exchangeAssessmentSchema } from './exchange-format';
import { findForbiddenKey } from './find-forbidden-key';
import { parseImportFile, type ImportResult } from './parse-import-file';

const byId = new Map(instrument.questions.map((q) => [q.id, q]));
const bytes = (t: string) => new TextEncoder().encode(t).length;
const parse = (t: string) => parseImportFile(t, bytes(t), instrument);

// ---------- valid assessments, built from the instrument ----------

/** A value the questionnaire could store for `q` (including the cleared values '' and []). */
function valueFor(q: Question): fc.Arbitrary<Answer['value']> {
  if (q.type === 'percent' || q.type === 'number') return fc.double({ min: 0, max: q.max ?? 1e12, noNaN: true }).map((v) => v + 0);
  const ids = (q.options ?? []).map((o) => o.id);
  if (q.type !== 'multi') return fc.constantFrom('', ...ids);
  const exclusive = (q.options ?? []).filter((o) => o.exclusive).map((o) => o.id);
  const others = ids.filter((id) => !exclusive.includes(id));
  return exclusive.length ? fc.oneof(fc.subarray(others), fc.constantFrom(...exclusive).map((id) => [id])) : fc.subarray(others);
}

const time = fc.integer({ min: 0, max: 8.64e15 });
const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });

const answerFor = (q: Question): fc.Arbitrary<Answer> =>
  fc.record({ value: valueFor(q), dontKnow: fc.boolean(), note: text(40), updatedAt: time }, { requiredKeys: ['updatedAt'] });

// With no required key each answer may be absent; the type says `| undefined`, the values never are.
const answersArb = fc.record(Object.fromEntries(instrument.questions.map((q) => [q.id, answerFor(q)])), { requiredKeys: [] }).map((r) => r as Answers);

const assessmentArb: fc.Arbitrary<Assessment> = fc.record(
  {
    id: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,40}$/),
    name: text(90),
    createdAt: time,
    updatedAt: time,
    instrumentVersion: fc.oneof(fc.constant(instrument.version), fc.string({ minLength: 1, maxLength: 50 })),
    answers: answersArb,
    step: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: ['id', 'name', 'createdAt', 'updatedAt', 'instrumentVersion', 'answers'] },
);

const uniqueById = (list: Assessment[]) => list.filter((a, i) => list.findIndex((b) => b.id === a.id) === i);
const validFileText = fc.oneof(
  fc.tuple(assessmentArb, time).map(([a, t]) => serializeExchangeFile(buildAssessmentFile(a, t))),
  fc.tuple(fc.array(assessmentArb, { minLength: 1, maxLength: 4 }), time).map(([l, t]) => serializeExchangeFile(buildBundleFile(uniqueById(l), t))),
);

// ---------- hostile variations ----------

const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1e308, -1e308, -1, -0.0001, 101, 150, 2 ** 53 + 2, 9e15, 'NaN', 'Infinity', '-0', '1e999', '0x10', '', ' ', null, true, [], {}),
  fc.constantFrom('<img src=x onerror="window.__xss=1">', 'javascript:alert(1)', '\u202Egnp.exe', 'x'.repeat(20_000)),
);
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Op = { kind: 'delete' | 'replace' | 'inject' | 'rename'; at: number; key: number; value: unknown };

/** Every container in a JSON tree, with its parent and key, so an operation can pick one by index. */
function nodesOf(root: Json): { node: Json; parent: Json[] | Record<string, Json> | null; key: string | number | null }[] {
  const out: ReturnType<typeof nodesOf> = [];
  const visit = (node: Json, parent: Json[] | Record<string, Json> | null, key: string | number | null) => {
    out.push({ node, parent, key });
    if (Array.isArray(node)) node.forEach((c, i) => visit(c, node, i));
    else if (node && typeof node === 'object') for (const k of Object.keys(node)) visit(node[k]!, node, k);
  };
  visit(root, null, null);
  return out;
}

/** Applies random structural damage to a parsed file: delete a field, change its type or value, add a forbidden key, rename a key. */
function mutate(root: Json, ops: Op[]): Json {
  for (const op of ops) {
    const nodes = nodesOf(root);
    const { node, parent, key } = nodes[op.at % nodes.length]!;
    if (op.kind === 'delete' && parent && key !== null) {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (op.kind === 'replace') {
      if (parent && key !== null) (parent as Record<string | number, unknown>)[key] = op.value;
      else root = op.value as Json;
    } else if (op.kind === 'inject' && node && typeof node === 'object' && !Array.isArray(node)) {
      // An own `__proto__` property, exactly as JSON.parse would create it.
      Object.defineProperty(node, FORBIDDEN[op.key % 3]!, { value: op.value, enumerable: true, configurable: true, writable: true });
    } else if (op.kind === 'rename' && node && typeof node === 'object' && !Array.isArray(node)) {
      const keys = Object.keys(node);
      const old = keys[op.key % Math.max(1, keys.length)];
      if (old !== undefined) {
        node[typeof op.value === 'string' ? op.value : `${old}x`] = node[old]!;
        delete node[old];
      }
    }
  }
  return root;
}

const opArb: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom('delete', 'replace', 'inject', 'rename'), at: fc.nat(), key: fc.nat(), value: nasty });

/** Text-level damage: cut short, or a number literal replaced by something JSON cannot hold. */
const textDamage = fc.oneof(
  fc.nat().map((n) => (t: string) => t.slice(0, n % Math.max(1, t.length))),
  fc.constantFrom('1e400', '-1e400', 'NaN', 'Infinity', '1' + '0'.repeat(400)).map((lit) => (t: string) => t.replace(/\d+(\.\d+)?/, lit)),
  fc.tuple(fc.nat(), fc.string({ maxLength: 5 })).map(([n, s]) => (t: string) => t.slice(0, n % (t.length + 1)) + s + t.slice(n % (t.length + 1))),
);

// ---------- the oracle ----------

/** An accepted value is one the scoring engine accepts in full: valid number, or every option offered. */
function engineAccepts(q: Question, value: Answer['value']): boolean {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return true;
  const answer = { value, updatedAt: 0 };
  if (q.type === 'percent' || q.type === 'number') return numericValue(q, answer) === value;
  const chosen = chosenOptions(q, answer);
  const list = Array.isArray(value) ? value : [value];
  return (q.type === 'multi') === Array.isArray(value) && chosen?.length === list.length && new Set(list).size === list.length;
}

const isPlain = (x: unknown) => Object.getPrototypeOf(x) === Object.prototype;

/** Either a clean refusal, or every assessment of the file, each fully valid for the instrument. */
function expectSound(result: ImportResult, fileText: string) {
  // Plain checks collected into one assertion: thousands of runs, each with dozens of answers.
  const problems: string[] = [];
  if (!result.ok) {
    if (Object.keys(result).sort().join() !== 'error,ok') problems.push('a refusal carries data');
    if (typeof result.error.code !== 'string') problems.push('a refusal without a code');
  } else {
    const raw = JSON.parse(fileText.replace(/^\ufeff/, '')) as { assessments?: unknown[] };
    const expected = Array.isArray(raw.assessments) ? raw.assessments.length : 1;
    if (result.assessments.length !== expected) problems.push(`partial: ${result.assessments.length} of ${expected}`);
    for (const a of result.assessments) {
      if (!exchangeAssessmentSchema.safeParse(a).success) problems.push(`${a.id}: not a valid assessment`);
      if (!isPlain(a) || !isPlain(a.answers)) problems.push(`${a.id}: not plain objects`);
      if (findForbiddenKey(a)) problems.push(`${a.id}: forbidden key`);
      if (a.name.length > IMPORT_LIMITS.maxNameLength) problems.push(`${a.id}: name too long`);
      for (const [qid, answer] of Object.entries(a.answers)) {
        const q = byId.get(qid);
        if (!q) problems.push(`unknown question ${qid}`);
        else if (!engineAccepts(q, answer.value)) problems.push(`${qid} = ${JSON.stringify(answer.value)}`);
        if ((answer.note ?? '').length > IMPORT_LIMITS.maxNoteLength) problems.push(`${qid}: note too long`);
      }
    }
  }
  expect(problems).toEqual([]);
}

/** Parses, turning a throw into a failed property (with the file) rather than letting it escape. */
const safely = (t: string): ImportResult => {
  try {
    return parse(t);
  } catch (e) {
    throw new Error(`parseImportFile threw ${String(e)} on ${JSON.stringify(t.slice(0, 300))}`, { cause: e });
  }
};

/** Text that is not JSON at all must be refused as unreadable (or empty), never as something else. */
function expectSoundOrUnreadable(result: ImportResult, fileText: string) {
  let parses = true;
  try {
    JSON.parse(fileText.replace(/^\ufeff/, ''));
  } catch {
    parses = false;
  }
  const code = result.ok ? 'ok' : result.error.code;
  // Cut-off JSON is "not JSON"; text that never started like JSON is another kind of file.
  const startsLikeJson = /^\s*[[{]/.test(fileText.replace(/^\ufeff/, ''));
  const expected = startsLikeJson ? 'not_json' : 'not_chuhai';
  expect(parses || code === expected || code === 'empty', `unreadable JSON refused as ${code}`).toBe(true);
  if (parses) expectSound(result, fileText);
}

/** Runs a property over `numRuns` files and counts how many were accepted and refused. */
function feed(files: fc.Arbitrary<string>, numRuns: number, oracle = expectSound) {
  const seen = { accepted: 0, refused: 0 };
  fc.assert(
    fc.property(files, (t) => {
      const r = safely(t);
      seen[r.ok ? 'accepted' : 'refused']++;
      oracle(r, t);
    }),
    { numRuns },
  );
  return seen;
}

describe('parseImportFile under 10,000 random and damaged files', () => {
  it('survives random JSON and random text (2,000 files)', () => {
    const anyText = fc.oneof(fc.jsonValue().map((v) => JSON.stringify(v) ?? ''), fc.string({ unit: 'binary', maxLength: 200 }));
    expect(feed(anyText, 2000, expectSoundOrUnreadable)).toEqual({ accepted: 0, refused: 2000 });
  }, 60_000);

  it('survives Chuhai-looking objects with random contents (1,000 files)', () => {
    const shaped = fc
      .record({
        format: fc.constantFrom('chuhai-assessment', 'chuhai-bundle', 'chuhai'),
        formatVersion: fc.oneof(fc.constant(1), fc.integer(), fc.jsonValue({ maxDepth: 0 })),
        assessment: fc.jsonValue({ maxDepth: 3 }),
        assessments: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }), fc.jsonValue({ maxDepth: 1 })),
      })
      .map((o) => JSON.stringify(o));
    const seen = feed(shaped, 1000);
    expect(seen.accepted + seen.refused).toBe(1000);
  }, 60_000);

  it('survives valid exports damaged in their structure (5,000 files)', () => {
    const damaged = fc.tuple(validFileText, fc.array(opArb, { minLength: 1, maxLength: 4 })).map(([t, ops]) => JSON.stringify(mutate(JSON.parse(t) as Json, ops)) ?? '');
    const seen = feed(damaged, 5000);
    // Both outcomes occur: the damage is neither always fatal nor always harmless, so both branches are exercised.
    expect(seen.accepted, 'some damage is harmless (an extra field, a deleted optional note)').toBeGreaterThan(100);
    expect(seen.refused, 'most damage is refused').toBeGreaterThan(1000);
  }, 60_000);

  it('survives valid exports damaged as text: truncated, impossible numbers, stray characters (2,000 files)', () => {
    const damaged = fc.tuple(validFileText, textDamage).map(([t, damage]) => damage(t));
    const seen = feed(damaged, 2000, expectSoundOrUnreadable);
    expect(seen.refused, 'most text damage breaks the JSON').toBeGreaterThan(500);
  }, 60_000);
});

describe('export and import round trip', () => {
  it('gives back exactly the assessment that was exported (1,000 random assessments)', () => {
    fc.assert(
      fc.property(assessmentArb, time, (a, t) => {
        const r = parse(serializeExchangeFile(buildAssessmentFile(a, t)));
        expect(r).toEqual({ ok: true, kind: 'assessment', assessments: [a], warnings: [] });
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('gives back a whole bundle in order (200 random bundles)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(assessmentArb, { selector: (a) => a.id, minLength: 1, maxLength: 6 }), (list) => {
        const r = parse(serializeExchangeFile(buildBundleFile(list, 0)));
        expect(r.ok && r.assessments).toEqual(list);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
