// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase45, encodeBase45 } from './base45';
import { crc32 } from './crc32';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('base45 (RFC 9285)', () => {
  it('writes the examples of the RFC', () => {
    expect(encodeBase45(bytes('AB'))).toBe('BB8');
    expect(encodeBase45(bytes('Hello!!'))).toBe('%69 VD92EX0');
    expect(encodeBase45(bytes('base-45'))).toBe('UJCLQE7W581');
    expect(new TextDecoder().decode(decodeBase45('QED8WEX0')!)).toBe('ietf!');
  });

  it('gives back any bytes it wrote', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(decodeBase45(encodeBase45(b))).toEqual(b);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses text that is not base45: foreign characters, lower case, impossible groups, a stray last character', () => {
    for (const t of ['abc', 'GGW', 'A', 'BB8A', 'ZZ', '€€€', 'BB\n']) expect(decodeBase45(t), JSON.stringify(t)).toBeNull();
  });
});

describe('CRC-32', () => {
  it('matches the standard check value', () => {
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
