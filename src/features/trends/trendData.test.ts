import { describe, expect, it } from 'vitest';
import { breakLabelLines } from './trendData';

describe('method-break labels never overlap', () => {
  const x = (year: number) => (year - 2006) * 20; // a phone: 20 px per year
  it('two breaks a year apart on a phone go on two lines; a third far away returns to the first', () => {
    expect(breakLabelLines([2012.5, 2013.5, 2021.5], x, [110, 110, 110])).toEqual([0, 1, 0]);
  });
  it('on a wide chart the same breaks share one line', () => {
    expect(breakLabelLines([2012.5, 2013.5], (y) => (y - 2006) * 200, [110, 110])).toEqual([0, 0]);
  });
  it('three breaks in a row take three lines when each overlaps both others', () => {
    expect(breakLabelLines([2012.5, 2013.5, 2014.5], x, [110, 110, 110])).toEqual([0, 1, 2]);
  });
});
