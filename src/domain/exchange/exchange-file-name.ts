const MAX_NAME_CHARS = 60;
// File systems count bytes (255 a name on Linux and macOS): 60 Chinese characters fit, 60 emoji would not.
const MAX_NAME_BYTES = 180;
// Control characters, and the invisible or direction-changing characters that can disguise a file's
// extension (the classic "gnp.exe" shown as "exe.png" through U+202E), and lone surrogates.
const INVISIBLE = /[\p{Cs}\p{Cc}\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu;
// Reserved on Windows, macOS or Linux, plus characters that confuse shells and URLs.
const RESERVED = /[<>:"/\\|?*#%&{}$!'`=@+^~[\];,]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A firm name made safe as part of a file name on every common file system: no path separators,
 * reserved or invisible characters, no leading dots, at most 60 characters and 180 bytes (Chinese kept as is);
 * "" when nothing is left.
 */
function safeNamePart(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, ' ')
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  let short = '';
  let bytes = 0;
  for (const ch of Array.from(cleaned).slice(0, MAX_NAME_CHARS)) {
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes > MAX_NAME_BYTES) break;
    short += ch;
  }
  short = short.replace(/[-.]+$/g, '');
  if (!short) return '';
  return WINDOWS_DEVICE.test(short) ? `${short}-firm` : short;
}

/** `safeNamePart`, or "anonymous" when nothing of the name is left (a cohort's name, say). */
export function fileNamePart(name: string): string {
  return safeNamePart(name) || 'anonymous';
}

/**
 * Six lower-case hex characters derived from an assessment's id (FNV-1a, 32 bits): the same
 * assessment always gets the same code, and ten unnamed firms in a workshop get ten different ones.
 */
export function shortCode(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}

/**
 * What names an assessment's files: its firm name made safe (see `safeNamePart`) or, when it has
 * none, the short code of its id, so that anonymous firms' files do not all carry the same name.
 */
export function assessmentFileStem(a: { id: string; name: string }): string {
  return safeNamePart(a.name) || shortCode(a.id);
}

/** `yyyy-mm-dd` of a time in the device's time zone (the date the user sees on their calendar). */
export function localDate(at: number): string {
  const d = new Date(Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? at : 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** File name for one exported assessment: `chuhai-<firm name or short code>-<yyyy-mm-dd>.json`. */
export function assessmentFileName(a: { id: string; name: string }, at: number): string {
  return `chuhai-${assessmentFileStem(a)}-${localDate(at)}.json`;
}

/**
 * File name of another export of an assessment: `chuhai-<firm name or short code>-<yyyy-mm-dd>-<kind>.<ext>`
 * (`answers.csv`, `action-plan.csv`; the printed report's `report`, suggested to "Save as PDF").
 */
export function assessmentExportName(a: { id: string; name: string }, at: number, kind: string, ext = ''): string {
  return `chuhai-${assessmentFileStem(a)}-${localDate(at)}-${kind}${ext ? `.${ext}` : ''}`;
}

/** File name for a bundle: `chuhai-bundle-<count>-<yyyy-mm-dd>.json`. */
export function bundleFileName(count: number, at: number): string {
  const n = Number.isInteger(count) && count >= 0 ? count : 0;
  return `chuhai-bundle-${n}-${localDate(at)}.json`;
}
