import { describe, expect, it } from 'vitest';
import { labelPlaces } from '../map-labels';
import type { MapPoint } from '../ModelMapChart';

const at = (T: number, R: number, kind: MapPoint['kind'] = 'firm'): MapPoint => ({ label: `${T},${R}`, T, R, kind });

describe('model map live labels', () => {
  it('puts a label right of its mark, and left of it near the right edge', () => {
    expect(labelPlaces([at(10, 40), at(90, 40)])).toEqual([
      { side: 'right', shift: 'none' },
      { side: 'left', shift: 'none' },
    ]);
  });

  it('moves a label that would sit on an earlier one a line away: up near the axis numbers, down elsewhere', () => {
    expect(labelPlaces([at(0, 0, 'reference'), at(3, 2)])[1]).toEqual({ side: 'right', shift: 'above' });
    expect(labelPlaces([at(40, 60, 'reference'), at(45, 62)])[1]).toEqual({ side: 'right', shift: 'below' });
  });

  it('leaves labels on opposite sides of the right-edge line alone', () => {
    expect(labelPlaces([at(68, 50), at(75, 50)])[1]).toEqual({ side: 'left', shift: 'none' });
  });
});
