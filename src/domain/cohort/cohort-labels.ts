/**
 * The anonymous label of the firm imported in position `seq` (0-based): A … Z, then AA, AB … (as
 * spreadsheet columns). Labels follow import order and never change when another firm is removed,
 * so "firm C" means the same firm all workshop long.
 */
export function cohortLabel(seq: number): string {
  let n = Number.isInteger(seq) && seq >= 0 ? seq : 0;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}
