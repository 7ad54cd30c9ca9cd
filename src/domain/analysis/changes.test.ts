import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue } from '../catalogue/catalogue';
import { mostImproved, previousYear, rankTable } from './changes';
import { buildScoreTable } from '../table/dataset';

const table = loadShippedTable();
const row = (result: ReturnType<typeof rankTable>, unit: string) => result.rows.find((r) => r.unit === unit)!;

describe('rankTable: scores, ranks and changes against a base year', () => {
  it('Quảng Ninh PCI 2016: rank 2 behind Đà Nẵng, up 1 place from 3rd in 2015, score 65.60 (−0.15)', () => {
    const result = rankTable(table, catalogue, 'PCI', 2016, 'total');
    expect(result.baseYear).toBe(2015);
    expect(result.coverage).toEqual({ loaded: 63, expected: 63, complete: true });
    expect(result.rows[0]).toMatchObject({ unit: '48', rank: 1, value: 70.001396 });
    expect(row(result, '22')).toMatchObject({ value: 65.595551, rank: 2, rankBasis: 'official', baseValue: 65.746399, baseRank: 3, scoreChange: -0.150848, rankChange: 1 });
    expect(row(result, '22').tier?.vi).toBe('Rất tốt');
    expect(row(result, '22').tierSource).toBe('published');
  });

  it('Bình Dương PCI 2016: up 21 places, from 25th to 4th (+4.68 points)', () => {
    expect(row(rankTable(table, catalogue, 'PCI', 2016, 'total'), '74')).toMatchObject({ rank: 4, baseRank: 25, rankChange: 21, scoreChange: 4.679703 });
  });

  it('a chosen base year: Quảng Ninh PCI 2013 → 2016 moved from 4th to 2nd (+2.08 points)', () => {
    const result = rankTable(table, catalogue, 'PCI', 2016, 'total', { baseYear: 2013 });
    expect(result.baseYear).toBe(2013);
    expect(row(result, '22')).toMatchObject({ baseRank: 4, rank: 2, rankChange: 2, scoreChange: 2.081361 });
  });

  it('a real tie: PCI 2011 Bình Thuận and Hà Giang both scored 57.62; the printed order (40, 41) wins over the shared 40', () => {
    const result = rankTable(table, catalogue, 'PCI', 2011, 'total');
    expect(row(result, '60')).toMatchObject({ value: 57.62, rank: 40, rankChange: -12 });
    expect(row(result, '02')).toMatchObject({ value: 57.62, rank: 41, baseRank: 49, rankChange: 8 });
  });

  it('without printed ranks the tie is shared (40, 40) and the next province is 42nd', () => {
    const stripped = buildScoreTable(table.scores.filter((s) => s.index === 'PCI' && s.year === 2011).map((s) => ({ ...s, officialRank: null })), catalogue);
    const result = rankTable(stripped, catalogue, 'PCI', 2011, 'total', { baseYear: null });
    expect([row(result, '60').rank, row(result, '02').rank, row(result, '84').rank]).toEqual([40, 40, 42]);
    expect(result.rows.every((r) => r.rankBasis === 'computed-national')).toBe(true);
  });

  it('a province missing in a year is a row with no score and no rank, never rank 0: PCI 2005 Hà Giang', () => {
    const result = rankTable(table, catalogue, 'PCI', 2005, 'total');
    expect(result.coverage).toEqual({ loaded: 42, expected: 64, complete: false });
    expect(result.rows).toHaveLength(64);
    expect(row(result, '02')).toMatchObject({ value: null, rank: null, rankBasis: null, rankChange: null });
    expect(result.rows.some((r) => r.rank === 0)).toBe(false);
    expect(result.baseYear).toBeNull();
  });

  it('PAPI 2014: Bắc Giang and Đồng Tháp have no aggregate, shown missing at the end', () => {
    const result = rankTable(table, catalogue, 'PAPI', 2014, 'total');
    expect(result.coverage.loaded).toBe(61);
    expect(result.rows.slice(-2).map((r) => [r.unit, r.rank])).toEqual([
      ['24', null],
      ['87', null],
    ]);
  });

  it('a partial year keeps printed ranks: PCI 2019 (31 of 63) Quảng Ninh 1st, Đồng Tháp 2nd, Vĩnh Long up 5 to 3rd', () => {
    const result = rankTable(table, catalogue, 'PCI', 2019, 'total');
    expect(result.coverage).toEqual({ loaded: 31, expected: 63, complete: false });
    expect(result.rows.slice(0, 3).map((r) => [r.unit, r.rank, r.rankChange])).toEqual([
      ['22', 1, 0],
      ['87', 2, 0],
      ['86', 3, 5],
    ]);
  });

  it('a rank computed among a partial set never yields a rank change', () => {
    const result = rankTable(table, catalogue, 'PCI', 2018, 'informal_charges');
    const amongLoaded = result.rows.filter((r) => r.rankBasis === 'among-loaded');
    expect(amongLoaded.length).toBeGreaterThan(0);
    expect(amongLoaded.every((r) => r.rankChange === null)).toBe(true);
    expect(row(result, '22')).toMatchObject({ rank: 10, rankBasis: 'official' });
  });

  it('region filter selects rows and keeps national ranks: Đồng bằng sông Hồng PCI 2016 = 11 provinces, Quảng Ninh 2, Hưng Yên 50', () => {
    const result = rankTable(table, catalogue, 'PCI', 2016, 'total', { region: 'Đồng bằng sông Hồng' });
    expect(result.rows.map((r) => r.rank)).toEqual([2, 9, 14, 17, 19, 21, 30, 35, 36, 40, 50]);
  });

  it('a change across a method break is marked: PCI 2005 → 2006 crosses the 2006 break', () => {
    const result = rankTable(table, catalogue, 'PCI', 2006, 'total');
    expect(result.methodBreaks.map((b) => b.year)).toEqual([2006]);
    expect(rankTable(table, catalogue, 'PCI', 2016, 'total').methodBreaks).toEqual([]);
  });

  it('previousYear skips years without the component: PAPI 2011 has none, PAPI 2020 follows 2019', () => {
    expect(previousYear(table, 'PAPI', 2011)).toBeNull();
    expect(previousYear(table, 'PAPI', 2020)).toBe(2019);
  });

  it('most improved nationally, PCI 2015 → 2016: Bình Dương +21, Vĩnh Long +13, Ninh Bình +11', () => {
    const top = mostImproved(rankTable(table, catalogue, 'PCI', 2016, 'total'), 3);
    expect(top.map((r) => [r.unit, r.rankChange])).toEqual([
      ['74', 21],
      ['86', 13],
      ['37', 11],
    ]);
  });
});
