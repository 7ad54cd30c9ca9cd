import { describe, expect, it } from 'vitest';
import { openingView, readRemembered, viewFromSearch } from './view';

describe('permalinks', () => {
  it('duplicate peers are kept once, in order; a "__proto__" parameter is an own key', () => {
    const v = viewFromSearch('?tab=trends&peers=01,79,01,48,79&__proto__=x');
    expect(v.peers).toEqual(['01', '79', '48']);
    expect(Object.getPrototypeOf(v.extra)).toBe(Object.prototype);
    expect(Object.hasOwn(v.extra, '__proto__')).toBe(true);
  });
});

describe('the last province, index and language are remembered', () => {
  const stored = JSON.stringify({ province: '46', index: 'PAPI', lang: 'en' });
  it('an address without them opens on the remembered ones', () => {
    const v = openingView('', stored);
    expect([v.province, v.index, v.lang]).toEqual(['46', 'PAPI', 'en']);
    expect(openingView('?tab=overview', stored).province).toBe('46');
  });
  it('a permalink wins over what is remembered', () => {
    const v = openingView('?tab=profile&index=PCI&province=72&lang=vi', stored);
    expect([v.province, v.index, v.lang]).toEqual(['72', 'PCI', 'vi']);
    expect(openingView('?province=01', stored)).toMatchObject({ province: '01', index: 'PAPI', lang: 'en' });
  });
  it('a damaged or hostile stored value is ignored, never thrown', () => {
    expect(readRemembered('{not json')).toEqual({});
    expect(readRemembered('null')).toEqual({});
    expect(readRemembered(JSON.stringify({ province: 5, index: '<script>', lang: 'fr' }))).toEqual({});
    expect(readRemembered('{"__proto__": {"province": "46"}}')).toEqual({});
    expect(openingView('', null).province).toBe('22');
  });
});
