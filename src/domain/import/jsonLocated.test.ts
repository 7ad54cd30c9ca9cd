import { describe, expect, it } from 'vitest';
import { parseJsonLocated } from './jsonLocated';

describe('JSON with locations', () => {
  it('records where each value starts', () => {
    const parsed = parseJsonLocated('{\n  "a": [1,\n   {"b": "x"}]\n}');
    expect('positions' in parsed && parsed.positions.get('a[1].b')).toEqual({ line: 3, column: 10 });
  });
});
