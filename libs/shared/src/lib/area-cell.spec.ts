import { areaCellFor, areaCellsAround, isAreaCell } from './area-cell';

describe('areaCellsAround', () => {
  it('gives the cell first-ring neighbours: seven area cells including itself', () => {
    const cell = areaCellFor(53.7915, -1.7537);
    const around = areaCellsAround(cell);
    expect(around).toHaveLength(7);
    expect(new Set(around).size).toBe(7);
    expect(around).toContain(cell);
    expect(around.every(isAreaCell)).toBe(true);
  });
});
