import { describe, expect, it } from 'vitest';
import { own } from './own';

describe('own: a record read with a key from outside', () => {
  it('"__proto__", "constructor" and "toString" are not there; an own key is', () => {
    const edits: Record<string, number> = { '22': 1 };
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(own(edits, key)).toBeUndefined();
    expect(own(edits, '22')).toBe(1);
    expect(own(undefined, '22')).toBeUndefined();
  });
});
