const MAX_NAME_CHARS = 60;
// Control characters, and the invisible or direction-changing characters that can disguise a file's
// extension (the classic "gnp.exe" shown as "exe.png" through U+202E), and lone surrogates.
const INVISIBLE = /[\p{Cs}\p{Cc}\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu;
// Reserved on Windows, macOS or Linux, plus characters that confuse shells and URLs.
const RESERVED = /[<>:"/\\|?*#%&{}$!'`=@+^~[\];,]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A firm name made safe as part of a file name on every common file system: no path separators,
 * reserved or invisible characters, no leading dots, at most 60 characters (Chinese kept as is);
 * "anonymous" when nothing is left.
 */
export function fileNamePart(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, ' ')
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const short = Array.from(cleaned).slice(0, MAX_NAME_CHARS).join('').replace(/[-.]+$/g, '');
  if (!short) return 'anonymous';
  return WINDOWS_DEVICE.test(short) ? `${short}-firm` : short;
}

/** `yyyy-mm-dd` of a time in the device's time zone (the date the user sees on their calendar). */
export function localDate(at: number): string {
  const d = new Date(Number.isFinite(at) && Math.abs(at) <= 8.64e15 ? at : 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** File name for one exported assessment: `chuhai-<firm or anonymous>-<yyyy-mm-dd>.json`. */
export function assessmentFileName(name: string, at: number): string {
  return `chuhai-${fileNamePart(name)}-${localDate(at)}.json`;
}

/** File name for a bundle: `chuhai-bundle-<count>-<yyyy-mm-dd>.json`. */
export function bundleFileName(count: number, at: number): string {
  const n = Number.isInteger(count) && count >= 0 ? count : 0;
  return `chuhai-bundle-${n}-${localDate(at)}.json`;
}
