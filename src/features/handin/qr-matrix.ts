import { encodeQR } from 'qr';

/** Error correction M (15%): what a screen seen through a camera, with glare and moiré, calls for. */
const ECC = 'medium';
/** The quiet zone the QR standard asks for, in modules. */
const BORDER = 4;

/**
 * The module grids (true = dark, quiet zone included) of a hand-in's codes, all of one QR version,
 * that of the longest code, so the picture keeps its size while a sequence loops.
 */
export function qrMatrices(codes: readonly string[]): boolean[][][] {
  if (codes.length === 0) return [];
  const longest = codes.reduce((a, b) => (b.length > a.length ? b : a));
  const first = encodeQR(longest, 'raw', { ecc: ECC, border: BORDER });
  const version = (first.length - 2 * BORDER - 17) / 4;
  return codes.map((c) => (c === longest ? first : encodeQR(c, 'raw', { ecc: ECC, border: BORDER, version })));
}

/** One SVG path drawing every dark module, a run of dark modules in a row as one rectangle. */
export function matrixPath(matrix: readonly (readonly boolean[])[]): string {
  let d = '';
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      d += `M${x} ${y}h${end - x + 1}v1h${-(end - x + 1)}z`;
      x = end;
    }
  });
  return d;
}
