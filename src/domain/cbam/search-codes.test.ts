import en from '@locales/en/cbam-codes.json';
import zh from '@locales/zh-CN/cbam-codes.json';
import { describe, expect, it } from 'vitest';
import { CBAM_CODES } from '@/content/cbam';
import { searchCbamCodes } from './search-codes';

const names = [en.codes, zh.codes];
const find = (q: string) => searchCbamCodes(q, CBAM_CODES, names).map((r) => r.code);

describe('searchCbamCodes', () => {
  it('finds screws and bolts from a code and Chinese words, as a fastener exporter types them', () => {
    expect(find('7318 螺钉、螺栓')).toEqual(['731815']);
    expect(find('螺钉螺栓'), 'steel and aluminium fasteners').toEqual(['731815', '76161000']);
    expect(find('螺母')).toContain('731816');
  });

  it('narrows by code with or without spaces, and takes a longer typed code as its row', () => {
    expect(find('7318 15')).toEqual(['731815']);
    expect(find('731815')).toEqual(['731815']);
    expect(find('7318 15 42')[0]).toBe('731815');
    expect(find('7208')[0]).toBe('7208');
    expect(find('7318').length).toBe(15);
  });

  it('finds by English words in any case, and in the other language than the interface', () => {
    expect(find('threaded screws bolts')).toEqual(['731815']);
    expect(find('Unwrought aluminium')[0]).toBe('7601');
    expect(searchCbamCodes('bolts', CBAM_CODES, [zh.codes, en.codes]).map((r) => r.code)).toContain('731815');
  });

  it('finds codes CBAM does not cover, so the user learns they are not covered', () => {
    expect(find('7204')).toEqual(['7204']);
    expect(find('钢铁废碎料')).toEqual(['7204']);
  });

  it('accepts full-width digits from a Chinese input method and gives nothing for an empty query', () => {
    expect(find('７２０８')[0]).toBe('7208');
    expect(find('   ')).toEqual([]);
    expect(find('no such product anywhere')).toEqual([]);
  });
});
