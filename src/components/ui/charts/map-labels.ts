import type { MapPoint } from './ModelMapChart';

export type Shift = 'none' | 'above' | 'below';

/**
 * Labels go right of their mark unless near the right edge; a label close to an earlier one moves a line
 * away from it, up when the mark is near the bottom (where the axis numbers are), else down.
 */
export function labelPlaces(points: MapPoint[]): { side: 'right' | 'left'; shift: Shift }[] {
  return points.map((p, i) => {
    const side = p.T > 70 ? 'left' : 'right';
    const near = points.slice(0, i).some((q) => Math.abs(q.T - p.T) < 12 && Math.abs(q.R - p.R) < 6 && (q.T > 70 ? 'left' : 'right') === side);
    return { side, shift: !near ? 'none' : p.R < 20 ? 'above' : 'below' };
  });
}
