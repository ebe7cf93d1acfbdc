import type { Answers, Assessment } from '../../assessment/assessment';
import { buildAssessmentFile } from '../build-exchange-file';
import { IMPORT_LIMITS, type AssessmentFile } from '../exchange-format';
import { deflateRaw, inflateRaw } from './compress';
import { framesFor } from './frames';

/**
 * The file a participant hands in by QR code: the export file of one assessment, anonymous unless the
 * participant chooses to include the firm's name. Notes stay on the device: the workshop never shows
 * them, they may name the firm, and at up to 10,000 characters each they would need dozens of codes.
 * The questionnaire step the participant was on is left out too (it is only for resuming), and so are
 * upgrade notes.
 */
export function buildHandInFile(assessment: Assessment, exportedAt: number, { includeName }: { includeName: boolean }): AssessmentFile {
  const answers: Answers = {};
  for (const [qid, a] of Object.entries(assessment.answers)) {
    const { note: _note, ...kept } = a;
    answers[qid] = kept;
  }
  // Upgrade notes stay too: they hold earlier answers, notes included, that the workshop never shows.
  const { step: _step, upgrades: _upgrades, ...rest } = assessment;
  return buildAssessmentFile({ ...rest, name: includeName ? assessment.name : '', answers }, exportedAt);
}

/** The exact bytes a hand-in carries: the file as compact JSON, UTF-8 (what the facilitator's import reads as text). */
export const handInText = (file: AssessmentFile): string => JSON.stringify(file);

export type EncodeResult = { ok: true; codes: string[]; payloadBytes: number } | { ok: false; reason: 'too_large' };

/** The QR code texts carrying `file`: JSON, raw deflate, split into frames. */
export async function encodeHandIn(file: AssessmentFile, useFallback?: boolean): Promise<EncodeResult> {
  const payload = await deflateRaw(new TextEncoder().encode(handInText(file)), useFallback);
  const codes = framesFor(payload);
  return codes ? { ok: true, codes, payloadBytes: payload.length } : { ok: false, reason: 'too_large' };
}

export type DecodeResult = { ok: true; text: string; sizeBytes: number } | { ok: false; reason: 'corrupt' | 'too_large' };

/**
 * The text of a reassembled payload, for `parseImportFile`. Inflates at most the import size limit
 * (a few hundred bytes of deflate can stand for megabytes) and refuses bytes that are not UTF-8.
 * Never throws.
 */
export async function decodeHandIn(payload: Uint8Array, useFallback?: boolean): Promise<DecodeResult> {
  const r = await inflateRaw(payload, IMPORT_LIMITS.maxBytes, useFallback);
  if (!r.ok) return r;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(r.bytes), sizeBytes: r.bytes.length };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
