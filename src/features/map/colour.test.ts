import { describe, expect, it } from 'vitest';
import { changeScale, DIVERGING, NO_DATA, SEQUENTIAL, valueScale } from './colour';

describe('choropleth colour classes', () => {
  it('PCI 2016 composites 52.95–70.00 fall in 6 classes; the best is the darkest blue, missing is grey', () => {
    const scale = valueScale([52.95, 60.2, 65.6, 70.0], true)!;
    expect(scale.classes).toHaveLength(6);
    expect(scale.colour(70)).toBe(SEQUENTIAL[5]);
    expect(scale.colour(52.95)).toBe(SEQUENTIAL[0]);
    expect(scale.colour(null)).toBe(NO_DATA);
  });
  it('a lower-is-better component flips the palette: the smallest value is darkest', () => {
    const scale = valueScale([1, 5], false)!;
    expect(scale.colour(1)).toBe(SEQUENTIAL[5]);
  });
  it('changes are symmetric around 0: +2.5 is blue, −0.4 is red-ish, 0 is a class boundary', () => {
    const scale = changeScale([-3, 2.5, -0.4], true)!;
    expect(scale.colour(2.5)).toBe(DIVERGING[5]);
    expect(scale.colour(-0.4)).toBe(DIVERGING[2]);
    expect(scale.classes.some((c) => c.from === 0)).toBe(true);
  });
});
