import { describe, expect, it } from 'vitest';
import { competitionRanks, displayRanks, printedRankRange, rankChange, rankWithOverride } from './rank';

describe('competitionRanks', () => {
  it('ties share a rank and the next rank skips: 1, 2, 2, 4', () => {
    const ranks = competitionRanks([
      { unit: 'a', value: 70 },
      { unit: 'b', value: 65.5 },
      { unit: 'c', value: 65.5 },
      { unit: 'd', value: 60 },
    ]);
    expect([...['a', 'b', 'c', 'd'].map((u) => ranks.get(u))]).toEqual([1, 2, 2, 4]);
  });
  it('a missing value gets no rank, never 0 or last', () => {
    const ranks = competitionRanks([
      { unit: 'a', value: null },
      { unit: 'b', value: 5 },
    ]);
    expect(ranks.has('a')).toBe(false);
    expect(ranks.get('b')).toBe(1);
  });
  it('lower-is-better components rank the smallest value first', () => {
    const ranks = competitionRanks([{ unit: 'a', value: 3 }, { unit: 'b', value: 1 }], false);
    expect(ranks.get('b')).toBe(1);
  });
});

describe('displayRanks', () => {
  const items = [
    { unit: 'a', value: 70, officialRank: null },
    { unit: 'b', value: 69, officialRank: 3 },
  ];
  it('a printed rank wins over the computed one (partial year: the scores cannot contradict it)', () => {
    expect(displayRanks(items, true, false).get('b')).toEqual({ rank: 3, basis: 'official' });
  });
  it('in a complete year a printed rank the score order contradicts is a conflict; the implied rank is used', () => {
    expect(displayRanks(items, true, true).get('b')).toEqual({ rank: 2, basis: 'computed-national', conflict: { printedRank: 3, impliedRank: 2, impliedRange: [2, 2] } });
  });
  it('printed ties can hide unrounded order: two 65,50 printed 2nd and 3rd agree with the scores', () => {
    const tied = [
      { unit: 'a', value: 70, officialRank: 1 },
      { unit: 'b', value: 65.5, officialRank: 3 },
      { unit: 'c', value: 65.5, officialRank: 2 },
    ];
    expect(displayRanks(tied, true, true).get('b')).toEqual({ rank: 3, basis: 'official' });
    expect(printedRankRange({ value: 65.5 }, [{ value: 70 }, { value: 65.5 }, { value: 65.5 }], true)).toEqual([2, 3]);
    // Equal in print at the coarser precision: 5,19 and 5.1912 (PCI 2019 Ninh Thuận) may be ordered either way.
    expect(printedRankRange({ value: 5.19, decimals: 2 }, [{ value: 5.1912 }, { value: 5.19, decimals: 2 }], true)).toEqual([1, 2]);
    expect(printedRankRange({ value: 5.19, decimals: 2 }, [{ value: 5.2, decimals: 2 }, { value: 5.19, decimals: 2 }], true)).toEqual([2, 2]);
  });
  it('a rank computed on a partial year is labelled among-loaded, not national', () => {
    expect(displayRanks(items, true, false).get('a')).toEqual({ rank: 1, basis: 'among-loaded' });
    expect(displayRanks(items, true, true).get('a')).toEqual({ rank: 1, basis: 'computed-national' });
  });
});

describe('rankChange', () => {
  it('is previous minus current: 12th → 5th is +7 (moved up)', () => {
    expect(rankChange(12, 5)).toBe(7);
    expect(rankChange(5, 12)).toBe(-7);
  });
  it('is null when either year is missing', () => {
    expect(rankChange(null, 5)).toBeNull();
  });
});

describe('rankWithOverride', () => {
  const partial = [
    { unit: 'a', value: 70, officialRank: 1 },
    { unit: 'b', value: 65, officialRank: 3 },
    { unit: 'c', value: 60, officialRank: 4 },
    { unit: 'd', value: 50, officialRank: 9 },
  ];
  it('an unchanged value keeps the printed rank (partial year: 4th printed, not 3rd among loaded)', () => {
    expect(rankWithOverride(partial, true, false, { unit: 'c', value: 60 })).toMatchObject({ rank: 4, basis: 'official' });
  });
  it('a changed value between two printed ranks that leave no room is national: 62 passes the printed 4th (60) and stays under the 3rd (65): 4th', () => {
    expect(rankWithOverride(partial, true, false, { unit: 'd', value: 62 })).toMatchObject({ rank: 4, basis: 'computed-national' });
  });
  it('with room between the printed ranks above and below it is the rank among the loaded, marked', () => {
    expect(rankWithOverride(partial, true, false, { unit: 'd', value: 55 })).toMatchObject({ rank: 4, basis: 'among-loaded' });
  });
  it('on a complete year the changed value is ranked nationally; lower-is-better ranks the smallest first', () => {
    expect(rankWithOverride(partial, true, true, { unit: 'd', value: 66 })).toMatchObject({ rank: 2, basis: 'computed-national' });
    expect(rankWithOverride(partial, false, true, { unit: 'a', value: 55 })).toMatchObject({ rank: 2, basis: 'computed-national' });
  });
});
