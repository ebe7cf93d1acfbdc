// Result files for the workshop journey and benchmark: valid exports made by the app's own
// file builder from random (but valid) answers, so that every one of them imports cleanly.
import * as fc from 'fast-check';
import { instrument } from '@/content/instrument';
import type { Answer, Answers, Assessment } from '@/domain/assessment/assessment';
import { buildAssessmentFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { validValue } from '../fixtures/answer-arbitraries';

/** Random answers a careful user could have saved: a valid value, "don't know", or nothing. */
export function validAnswersArbitrary(): fc.Arbitrary<Answers> {
  const entries = instrument.questions.map((q) =>
    fc
      .oneof(
        { weight: 1, arbitrary: fc.constant<Answer | undefined>(undefined) },
        { weight: 1, arbitrary: fc.constant<Answer | undefined>({ dontKnow: true, updatedAt: 1 }) },
        { weight: 8, arbitrary: validValue(q).map((value): Answer | undefined => ({ value, updatedAt: 1 })) },
      )
      .map((a) => [q.id, a] as const),
  );
  return fc.tuple(...entries).map((pairs) => {
    const out: Answers = {};
    for (const [id, a] of pairs) if (a) out[id] = a;
    return out;
  });
}

export interface GeneratedFile {
  name: string;
  text: string;
  assessment: Assessment;
}

/** `count` single-assessment export files, firm names in Chinese and English, deterministic for a seed. */
export function generateResultFiles(count: number, seed = 2027, now = Date.UTC(2027, 2, 14, 9)): GeneratedFile[] {
  const answers = fc.sample(validAnswersArbitrary(), { numRuns: count, seed });
  return answers.map((random, i) => {
    // Most firms in a workshop already export; random answers alone would leave most below the ladder.
    const a: Answers = i % 5 === 0 ? random : { ...random, 'profile.export_status': { value: 'regular', updatedAt: 1 } };
    const assessment: Assessment = {
      id: `firm-${String(i).padStart(4, '0')}`,
      name: i % 2 ? `宁波机械 ${i} 有限公司` : `Firm ${i} Ltd`,
      createdAt: now - 86_400_000,
      updatedAt: now + i,
      instrumentVersion: instrument.version,
      answers: a,
    };
    const text = serializeExchangeFile(buildAssessmentFile(assessment, now));
    return { name: `chuhai-firm-${i}.json`, text, assessment };
  });
}
