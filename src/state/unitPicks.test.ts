import { describe, expect, it } from 'vitest';
import { storedPicksProblem } from './unitPicks';

describe('unit picks remembered (unitPicks.ts); which pick applies: src/domain/import/unitNames.test.ts', () => {
  it('a stored state of the wrong shape is named, not loaded', () => {
    expect(storedPicksProblem({ picks: { 'provinces63|X': 22 } })).toBe('picks["provinces63|X"] is not a unit id');
    expect(storedPicksProblem({ picks: [] })).toBe('picks is not an object');
    expect(storedPicksProblem({ picks: {} })).toBeNull();
  });
});
