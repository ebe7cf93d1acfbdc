// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrument } from '@/content/instrument';
import { FORMAT_VERSION } from '../exchange-format';
import type { Assessment } from '../../assessment/assessment';
import { parseImportFile } from '../parse-import-file';
import { decodeBase45, encodeBase45 } from './base45';
import { collectFrame, emptyCollection, type CollectOutcome, type FrameCollection } from './collect-frames';
import { deflateRaw, hasPlatformDeflateRaw, inflateRaw } from './compress';
import { FRAME_PREFIX, framesFor, parseFrame } from './frames';
import { buildHandInFile, decodeHandIn, encodeHandIn, handInText } from './hand-in-payload';
import { crc32 as crc32Of } from './crc32';

const firm: Assessment = {
  id: '6f1c2a1e-4b7d-4c1e-9a57-0d2f3b8e9c10',
  name: '宁波泵业有限公司',
  createdAt: Date.UTC(2026, 11, 4, 8),
  updatedAt: Date.UTC(2026, 11, 4, 8, 40),
  instrumentVersion: instrument.version,
  step: 'talent',
  answers: {
    'profile.industry': { value: 'machinery', updatedAt: Date.UTC(2026, 11, 4, 8, 1) },
    'profile.export_status': { value: 'regular', updatedAt: Date.UTC(2026, 11, 4, 8, 2) },
    'rd.intensity': { value: 4.5, note: 'Annual report 2025 of Ningbo Pumps, p. 12', updatedAt: Date.UTC(2026, 11, 4, 8, 3) },
    'std.certifications': { value: ['ce', 'iso9001'], updatedAt: Date.UTC(2026, 11, 4, 8, 4) },
    'rd.patents_abroad': { dontKnow: true, updatedAt: Date.UTC(2026, 11, 4, 8, 5) },
  },
};
const AT = Date.UTC(2026, 11, 4, 9);

/** Feeds code texts to a fresh collection in the given order; returns every outcome. */
function scan(codes: readonly string[], state: FrameCollection = emptyCollection()) {
  const outcomes: CollectOutcome[] = [];
  for (const code of codes) {
    const parsed = parseFrame(code);
    if (!parsed.ok) throw new Error(`code refused: ${parsed.reason}`);
    const r = collectFrame(state, parsed.frame);
    state = r.state;
    outcomes.push(r.outcome);
  }
  return { state, outcomes };
}

describe('the hand-in file', () => {
  it('is the export file without the name (unless chosen), the notes and the resume step', () => {
    const anonymous = buildHandInFile(firm, AT, { includeName: false });
    expect(anonymous).toMatchObject({ format: 'chuhai-assessment', formatVersion: FORMAT_VERSION, instrumentVersion: instrument.version, exportedAt: '2026-12-04T09:00:00.000Z' });
    expect(anonymous.assessment.name).toBe('');
    expect(anonymous.assessment).not.toHaveProperty('step');
    expect(anonymous.assessment.answers['rd.intensity']).toEqual({ value: 4.5, updatedAt: firm.answers['rd.intensity']!.updatedAt });
    expect(JSON.stringify(anonymous)).not.toContain('Ningbo');
    expect(buildHandInFile(firm, AT, { includeName: true }).assessment.name).toBe('宁波泵业有限公司');
    expect(firm.answers['rd.intensity']!.note, 'the stored assessment keeps its note').toBeDefined();
  });
});

describe('hand-in by QR code: round trip', () => {
  it('compress → codes → reassemble in any order → inflate → parse gives back exactly the handed-in file', async () => {
    const file = buildHandInFile(firm, AT, { includeName: true });
    const encoded = await encodeHandIn(file);
    if (!encoded.ok) throw new Error('too large');
    for (const order of [encoded.codes, [...encoded.codes].reverse()]) {
      const { outcomes } = scan(order);
      const last = outcomes.at(-1)!;
      if (last.kind !== 'complete') throw new Error(`not complete: ${last.kind}`);
      const decoded = await decodeHandIn(last.payload);
      if (!decoded.ok) throw new Error(decoded.reason);
      expect(decoded.text, 'the very bytes of the file').toBe(handInText(file));
      expect(JSON.parse(decoded.text)).toEqual(file);
      expect(parseImportFile(decoded.text, decoded.sizeBytes, instrument)).toEqual({ ok: true, kind: 'assessment', assessments: [file.assessment], warnings: [] });
    }
  });

  it('splits a large file into a sequence that reassembles from any order, with repeats', async () => {
    const big = new Uint8Array(900).map((_, i) => (i * 7919) % 251);
    const codes = framesFor(big)!;
    expect(codes.length).toBe(5);
    fc.assert(
      fc.property(fc.shuffledSubarray([...codes.keys(), ...codes.keys()], { minLength: 10, maxLength: 10 }), (order) => {
        const { outcomes } = scan(order.map((i) => codes[i]!));
        const complete = outcomes.filter((o) => o.kind === 'complete');
        expect(complete).toHaveLength(1);
        expect(complete[0]!.kind === 'complete' && complete[0]!.payload).toEqual(big);
        // Once complete, the sequence's codes are recognised and ignored: one firm, not one per loop.
        expect(outcomes.slice(outcomes.indexOf(complete[0]!) + 1).every((o) => o.kind === 'repeat')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('reports which codes of a sequence are in, and never completes with one missing', () => {
    const codes = framesFor(new Uint8Array(700).fill(3))!;
    for (let missing = 0; missing < codes.length; missing++) {
      const { outcomes } = scan(codes.filter((_, i) => i !== missing));
      expect(outcomes.some((o) => o.kind === 'complete'), `code ${missing + 1} missing`).toBe(false);
      const last = outcomes.at(-1)!;
      expect(last.kind === 'part' && last.received).toEqual([...codes.keys()].filter((i) => i !== missing));
    }
  });

  it('reads with the fallback compressor what the platform wrote, and the other way round', async () => {
    expect(hasPlatformDeflateRaw(), 'Node has CompressionStream with deflate-raw').toBe(true);
    const text = new TextEncoder().encode(handInText(buildHandInFile(firm, AT, { includeName: false })));
    const byPlatform = await deflateRaw(text, false);
    const byFallback = await deflateRaw(text, true);
    expect(await inflateRaw(byPlatform, 1e6, true)).toEqual({ ok: true, bytes: text });
    expect(await inflateRaw(byFallback, 1e6, false)).toEqual({ ok: true, bytes: text });
  });
});

describe('hand-in by QR code: what is refused', () => {
  it('detects any single flipped bit in a code (every bit of every byte)', async () => {
    const encoded = await encodeHandIn(buildHandInFile(firm, AT, { includeName: true }));
    if (!encoded.ok) throw new Error('too large');
    const bytes = decodeBase45(encoded.codes[0]!.slice(FRAME_PREFIX.length))!;
    let flips = 0;
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const damaged = bytes.slice();
      damaged[bit >> 3]! ^= 1 << (bit & 7);
      const r = parseFrame(FRAME_PREFIX + encodeBase45(damaged));
      flips++;
      expect(r.ok, `bit ${bit} flipped`).toBe(false);
      // Only the version byte can make a damaged code look like one from a newer Chuhai.
      if (!r.ok && r.reason === 'future_version') expect(bit, 'future_version only from the version byte').toBeLessThan(8);
    }
    expect(flips).toBe(bytes.length * 8);
  });

  it('detects a flipped bit anywhere in the payload, even inside a code whose own checksum was recomputed', () => {
    const payload = new Uint8Array(500).map((_, i) => i % 256);
    const good = framesFor(payload)!;
    for (let bit = 0; bit < payload.length * 8; bit += 13) {
      const damaged = payload.slice();
      damaged[bit >> 3]! ^= 1 << (bit & 7);
      // Codes rebuilt from the damaged payload, but carrying the original sequence id: the whole check must catch it.
      const forged = framesFor(damaged)!.map((c, i) => {
        const b = decodeBase45(c.slice(FRAME_PREFIX.length))!;
        b.set(decodeBase45(good[i]!.slice(FRAME_PREFIX.length))!.subarray(1, 5), 1);
        return FRAME_PREFIX + encodeBase45(reChecksum(b));
      });
      const { outcomes } = scan(forged);
      expect(outcomes.at(-1)!.kind, `bit ${bit}`).toBe('damaged');
    }
  });

  it('tells a foreign code, a damaged one and one from a newer Chuhai apart', () => {
    expect(parseFrame('https://example.com/')).toEqual({ ok: false, reason: 'foreign' });
    expect(parseFrame('WIFI:S:hotel;T:WPA;P:secret;;')).toEqual({ ok: false, reason: 'foreign' });
    expect(parseFrame(`${FRAME_PREFIX}not base45`)).toEqual({ ok: false, reason: 'damaged' });
    expect(parseFrame(`${FRAME_PREFIX}BB8`)).toEqual({ ok: false, reason: 'damaged' });
    const b = decodeBase45(framesFor(new Uint8Array([1, 2, 3]))![0]!.slice(FRAME_PREFIX.length))!;
    b[0] = 2;
    expect(parseFrame(FRAME_PREFIX + encodeBase45(reChecksum(b)))).toEqual({ ok: false, reason: 'future_version' });
  });

  it('refuses impossible headers even with a correct checksum: count 0, count over the limit, index past the count', () => {
    for (const [index, count] of [[0, 0], [0, 17], [3, 3], [255, 1]] as const) {
      const b = decodeBase45(framesFor(new Uint8Array([1, 2, 3]))![0]!.slice(FRAME_PREFIX.length))!;
      b[5] = index;
      b[6] = count;
      expect(parseFrame(FRAME_PREFIX + encodeBase45(reChecksum(b))), `${index}/${count}`).toEqual({ ok: false, reason: 'damaged' });
    }
  });

  it('refuses a payload that inflates past the import size limit, or is not deflate, or not UTF-8', async () => {
    const bomb = await deflateRaw(new Uint8Array(6 * 1024 * 1024));
    expect(bomb.length, 'six megabytes of zeros deflate to a few kilobytes').toBeLessThan(10_000);
    expect(await decodeHandIn(bomb)).toEqual({ ok: false, reason: 'too_large' });
    expect(await decodeHandIn(bomb, true)).toEqual({ ok: false, reason: 'too_large' });
    for (const fallback of [false, true]) {
      expect(await decodeHandIn(new Uint8Array([0xff, 0xff, 0xff, 0x00]), fallback)).toEqual({ ok: false, reason: 'corrupt' });
      expect(await decodeHandIn((await deflateRaw(new TextEncoder().encode('{"a":1}'))).slice(0, -2), fallback)).toEqual({ ok: false, reason: 'corrupt' });
      expect(await decodeHandIn(await deflateRaw(new Uint8Array([0xc3, 0x28])), fallback)).toEqual({ ok: false, reason: 'corrupt' });
    }
  });

  it('keeps at most a bounded number of unfinished sequences from a stream of stray codes', () => {
    let state = emptyCollection();
    for (let i = 0; i < 500; i++) {
      const parsed = parseFrame(framesFor(new Uint8Array(400).fill(i % 256).map((x, j) => (j === 0 ? i >> 8 : x)))![0]!);
      if (parsed.ok) state = collectFrame(state, parsed.frame).state;
    }
    expect(state.pending.size).toBeLessThanOrEqual(32);
  });
});

/** Recomputes a frame's own checksum after a deliberate change, so that only the other checks can refuse it. */
function reChecksum(b: Uint8Array): Uint8Array {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  view.setUint32(b.length - 4, crc32Of(b.subarray(0, b.length - 4)));
  return b;
}

