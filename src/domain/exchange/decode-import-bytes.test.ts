import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from './decode-import-bytes';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeImportBytes', () => {
  it('reads UTF-8 text, Chinese included, and drops a byte-order mark', () => {
    expect(decodeImportBytes(utf8('{"name":"华为"}'))).toEqual({ ok: true, text: '{"name":"华为"}' });
    expect(decodeImportBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]))).toEqual({ ok: true, text: '{}' });
  });

  it('refuses a GBK file ("ANSI" on Chinese Windows) as not UTF-8 rather than garbling its names', () => {
    // {"name":"华为"} saved in GBK: 华 = BB AA, 为 = CE AA.
    const gbk = new Uint8Array([...utf8('{"name":"'), 0xbb, 0xaa, 0xce, 0xaa, ...utf8('"}')]);
    expect(decodeImportBytes(gbk)).toEqual({ ok: false, code: 'not_utf8' });
  });

  it('tells pictures, PDFs, spreadsheets and UTF-16 text apart from a Chuhai file', () => {
    for (const head of [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], [0xff, 0xd8, 0xff, 0xe0], [0x25, 0x50, 0x44, 0x46, 0x2d], [0x50, 0x4b, 0x03, 0x04], [0xff, 0xfe, 0x7b, 0x00]]) {
      expect(decodeImportBytes(new Uint8Array(head)), head.join(' ')).toEqual({ ok: false, code: 'not_text' });
    }
    expect(decodeImportBytes(new Uint8Array([0x7b, 0x00, 0x7d, 0x00])), 'UTF-16 without a mark').toEqual({ ok: false, code: 'not_text' });
  });

  it('reads an empty file as empty text (the parser then says it is empty)', () => {
    expect(decodeImportBytes(new Uint8Array())).toEqual({ ok: true, text: '' });
  });
});
