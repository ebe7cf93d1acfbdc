/** Why a file was refused. Each code has its own message in the interface; details fill it in. */
export type ImportError =
  | { code: 'too_large'; details: { size: number; limit: number } }
  | { code: 'empty'; details: Record<string, never> }
  | { code: 'not_json'; details: Record<string, never> }
  | { code: 'not_chuhai'; details: Record<string, never> }
  | { code: 'future_version'; details: { version: number; supported: number } }
  | { code: 'bad_structure'; details: { path: string } }
  | { code: 'forbidden_key'; details: { path: string; key: string } }
  | { code: 'too_many'; details: { count: number; limit: number } }
  | { code: 'duplicate_id'; details: { path: string } }
  | { code: 'unknown_question'; details: { path: string; questionIds: string[] } }
  | { code: 'out_of_range'; details: { path: string; questionId: string } };

export type ImportErrorCode = ImportError['code'];

/** Something changed on the way in that the user must be told about; the import still happened. */
export type ImportWarning = { code: 'truncated'; details: { path: string; field: 'name' | 'note'; limit: number; length: number } };

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MAX_SEGMENT = 40;
const MAX_SEGMENTS = 8;

/**
 * Writes where in a file something is, e.g. `assessments[2].answers["rd.intensity"].value`.
 * Keys come from the file, so each is shortened and the path keeps only its last few segments.
 */
export function formatPath(segments: readonly PathSegment[]): string {
  const shown = segments.length > MAX_SEGMENTS ? segments.slice(-MAX_SEGMENTS) : segments;
  let out = segments.length > MAX_SEGMENTS ? '…' : '';
  for (const seg of shown) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else {
      const key = seg.length > MAX_SEGMENT ? `${seg.slice(0, MAX_SEGMENT)}…` : seg;
      out += IDENTIFIER.test(seg) ? `${out ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}
