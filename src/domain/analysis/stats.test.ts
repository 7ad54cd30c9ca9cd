import { describe, expect, it } from 'vitest';
import { mean, median, quantile, tidy } from './stats';

describe('stats: summaries over present values; nothing present gives null, never 0', () => {
  it('median of an odd list is the middle value, of an even list the mean of the two middle ones', () => {
    expect(median([65.6, 70.0, 64.96])).toBe(65.6);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('an empty list has no median, mean or quantile', () => {
    expect(median([])).toBeNull();
    expect(mean([])).toBeNull();
    expect(quantile([], 0.25)).toBeNull();
  });
  it('non-finite numbers are dropped, not counted as 0', () => {
    expect(mean([2, Number.NaN, 4])).toBe(3);
    expect(median([Number.NaN, 5])).toBe(5);
  });
  it('quantile interpolates linearly (type 7): the 25th percentile of 1..5 is 2, of 1..4 is 1.75', () => {
    expect(quantile([5, 4, 3, 2, 1], 0.25)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4], 0)).toBe(1);
    expect(quantile([1, 2, 3, 4], 1)).toBe(4);
    expect(quantile([1, 2], 1.5)).toBeNull();
  });
  it('tidy removes floating-point noise: 91.03 − 90.1 = 0.93', () => {
    expect(tidy(91.03 - 90.1)).toBe(0.93);
  });
});
