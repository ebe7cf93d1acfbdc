// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import type { Assessment } from '../../assessment/assessment';
import { answersArbitrary } from '../../../../test/fixtures/answer-arbitraries';
import { IMPORT_LIMITS } from '../exchange-format';
import { buildHandInFile, encodeHandIn } from './hand-in-payload';

/**
 * The most codes one hand-in takes: anonymous (the default), and with a firm name of up to the
 * import limit of 200 characters. Stated in the README; the hand-in screen shows a sequence
 * of at most this many codes.
 */
const N_ANONYMOUS = 9;
const N_NAMED = 13;

const time = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) });
/** Random answers over the whole questionnaire (valid, "don't know", junk), each with its own random time: harder to compress than a real session's. */
const assessmentArb = (firmName: fc.Arbitrary<string>): fc.Arbitrary<Assessment> =>
  fc.record({ answers: answersArbitrary(instrument), times: fc.array(time, { minLength: 70, maxLength: 70 }), name: firmName, created: time, id: fc.uuid() }).map(({ answers, times, name, created, id }) => {
    Object.values(answers).forEach((a, i) => (a.updatedAt = times[i % times.length]!));
    return { id, name, createdAt: created, updatedAt: Math.max(created, ...times), instrumentVersion: instrument.version, answers };
  });

async function mostCodes(name: fc.Arbitrary<string>, includeName: boolean, numRuns: number): Promise<number> {
  let most = 0;
  await fc.assert(
    fc.asyncProperty(assessmentArb(name), time, async (a, at) => {
      const r = await encodeHandIn(buildHandInFile(a, at, { includeName }));
      expect(r.ok).toBe(true);
      if (r.ok) most = Math.max(most, r.codes.length);
    }),
    { numRuns },
  );
  return most;
}

describe('how many QR codes a hand-in takes', () => {
  it(`anonymous: 10,000 random assessments each fit in at most ${N_ANONYMOUS} codes`, async () => {
    const most = await mostCodes(fc.string({ maxLength: 40 }), false, 10_000);
    expect(most).toBeLessThanOrEqual(N_ANONYMOUS);
    // The bound is tight enough to mean something: random answers do need a sequence.
    expect(most).toBeGreaterThan(N_ANONYMOUS - 3);
  }, 120_000);

  it(`with the firm name (Chinese, up to ${IMPORT_LIMITS.maxNameLength} characters): 1,000 random assessments each fit in at most ${N_NAMED} codes`, async () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c));
    const most = await mostCodes(fc.string({ unit: han, minLength: IMPORT_LIMITS.maxNameLength / 2, maxLength: IMPORT_LIMITS.maxNameLength }), true, 1000);
    expect(most).toBeLessThanOrEqual(N_NAMED);
  }, 60_000);
});
