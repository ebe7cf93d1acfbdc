import { useMemo } from 'react';
import { matrixPath } from './qr-matrix';

/**
 * A QR code as an SVG image: sharp at any size, black on white whatever the page's colours, one
 * module per unit of the view box. The alternative text says what it is; the content is for cameras.
 */
export function QrCode({ matrix, label }: { matrix: boolean[][]; label: string }) {
  const src = useMemo(() => {
    const n = matrix.length;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges"><rect width="${n}" height="${n}" fill="#fff"/><path d="${matrixPath(matrix)}" fill="#000"/></svg>`;
    return `data:image/svg+xml,${encodeURIComponent(svg)}`;
  }, [matrix]);
  return <img className="qr-code" src={src} alt={label} width={matrix.length * 6} height={matrix.length * 6} />;
}
