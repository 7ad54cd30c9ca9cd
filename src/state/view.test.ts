import { describe, expect, it } from 'vitest';
import { viewFromSearch } from './view';

describe('permalinks', () => {
  it('duplicate peers are kept once, in order; a "__proto__" parameter is an own key', () => {
    const v = viewFromSearch('?tab=trends&peers=01,79,01,48,79&__proto__=x');
    expect(v.peers).toEqual(['01', '79', '48']);
    expect(Object.getPrototypeOf(v.extra)).toBe(Object.prototype);
    expect(Object.hasOwn(v.extra, '__proto__')).toBe(true);
  });
});
