import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { picksForYear, storedPicksProblem } from './unitPicks';

describe('province picks remembered per set of units (unitPicks.ts)', () => {
  const picks = { 'provinces63|Quảng Nình': '22', 'units34|Quảng Nình': 'n22', 'provinces63|__proto__': '01' };
  it('a 2016 table gets the 63-province pick (Quảng Ninh 22), a 2025 table the 34-unit one (n22)', () => {
    expect(picksForYear(picks, defaultCatalogue, 2016)['Quảng Nình']).toBe('22');
    expect(picksForYear(picks, defaultCatalogue, 2025)['Quảng Nình']).toBe('n22');
  });
  it('a printed name "__proto__" is an own key like any other', () => {
    const got = picksForYear(picks, defaultCatalogue, 2016);
    expect(Object.hasOwn(got, '__proto__')).toBe(true);
    expect(Object.hasOwn(picksForYear(picks, defaultCatalogue, 2025), '__proto__')).toBe(false);
  });
  it('a stored state of the wrong shape is named, not loaded', () => {
    expect(storedPicksProblem({ picks: { 'provinces63|X': 22 } })).toBe('picks["provinces63|X"] is not a unit id');
    expect(storedPicksProblem({ picks: [] })).toBe('picks is not an object');
    expect(storedPicksProblem({ picks: {} })).toBeNull();
  });
});
