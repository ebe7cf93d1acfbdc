/** A UTF-8 byte-order mark: without it Excel on Windows opens Chinese text as mojibake. */
export const BOM = '\uFEFF';

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) gets a
 * leading apostrophe, so a hostile firm name or note stays inert text (OWASP "CSV injection").
 * Plain negative numbers are left alone.
 */
export function neutraliseCell(value: string): string {
  if (/^-?\d+(\.\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  const safe = neutraliseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows to CSV text (RFC 4180: quoted where needed, CRLF line ends) with a BOM for Excel. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = rows.map((row) => row.map((cell) => quote(cell === null || cell === undefined ? '' : String(cell))).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
