import { describe, expect, it } from 'vitest';
import { BOM, neutraliseCell, toCsv } from './csv';

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('CSV export', () => {
  it('starts with a BOM and ends lines with CRLF so Excel reads Chinese text correctly', () => {
    const csv = toCsv([['企业', '阶段'], ['宁波泵业', '品牌出海']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}企业,阶段\r\n宁波泵业,品牌出海\r\n`);
  });

  it('quotes commas, quotes and line breaks and reads back to the same cells', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', '', '42', '-3.5']];
    expect(parseCsv(toCsv(rows).slice(1))).toEqual(rows);
  });

  it('keeps formula-like text inert', () => {
    expect(neutraliseCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutraliseCell('+86 574')).toBe("'+86 574");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('-12')).toBe('-12');
    expect(neutraliseCell('Ningbo')).toBe('Ningbo');
  });

  it('writes empty cells for missing values', () => {
    expect(toCsv([['x', null, undefined, 0]])).toBe(`${BOM}x,,,0\r\n`);
  });
});
