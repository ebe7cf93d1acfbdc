import type { CbamCodeRow } from './cbam-code-schema';

const FULL_WIDTH_DIGIT = /[０-９]/g;
const CJK = /[\u3400-\u9fff]/;

/** Splits a query into a CN code prefix (digits, spaces and dots between them ignored) and words. */
function parseQuery(query: string): { digits: string; words: string[] } {
  const text = query.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).toLowerCase();
  const joined = text.replace(/(\d)[\s.]+(?=\d)/g, '$1');
  const tokens = joined.split(/[\s,，、;；:：/／()（）"“”'‘’。·]+/).filter(Boolean);
  const digits = tokens.filter((t) => /^\d+$/.test(t)).join('');
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  return { digits, words };
}

/**
 * A word matches a name when the name contains it. Chinese is written without spaces, so a longer Chinese word
 * ("螺钉螺栓") also matches when each of its two-character pieces appears ("钢铁制螺钉及螺栓").
 */
function wordMatches(word: string, name: string): boolean {
  if (name.includes(word)) return true;
  if (!CJK.test(word) || word.length <= 2) return false;
  for (let i = 0; i < word.length; i += 2) if (!name.includes(word.slice(i, i + 2))) return false;
  return true;
}

/**
 * The rows a user looking for `query` most likely means: every digit group narrows by CN code prefix, every word
 * must appear in the row's name in one of the languages given. Exact codes first, then in table order. Pure.
 */
export function searchCbamCodes(
  query: string,
  rows: readonly CbamCodeRow[],
  names: readonly Readonly<Record<string, string>>[],
  limit = 20,
): CbamCodeRow[] {
  const { digits, words } = parseQuery(query);
  if (!digits && words.length === 0) return [];
  const hits = rows.filter((row) => {
    if (digits && !row.code.startsWith(digits) && !digits.startsWith(row.code)) return false;
    const texts = names.map((n) => (n[row.code] ?? '').toLowerCase());
    return words.every((w) => texts.some((t) => wordMatches(w, t)));
  });
  // A longer typed code than the row's own (e.g. 73181542 for the row 7318 15) means that row exactly.
  const rank = (row: CbamCodeRow) => (row.code === digits ? 0 : digits.startsWith(row.code) ? 1 : 2);
  return hits
    .map((row, i) => ({ row, i }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i)
    .slice(0, limit)
    .map((h) => h.row);
}
