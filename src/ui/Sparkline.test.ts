import { describe, expect, it } from 'vitest';
import { sparkPath } from './Sparkline';

describe('sparkline path', () => {
  it('spaces years evenly, puts the max at the top and the min at the bottom', () => {
    expect(sparkPath([{ value: 1 }, { value: 3 }, { value: 2 }], 106, 26, 3)).toBe('M3.0 23.0L53.0 3.0L103.0 13.0');
  });
  it('a missing year lifts the pen: two segments, never a line across the gap', () => {
    expect(sparkPath([{ value: 1 }, { value: 2 }, { value: null }, { value: 2 }, { value: 1 }], 10, 10, 0)).toBe('M0.0 10.0L2.5 0.0M7.5 0.0L10.0 10.0');
  });
});
