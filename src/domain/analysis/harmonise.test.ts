import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue } from '../catalogue/catalogue';
import { harmonisedSeries } from './harmonise';

const table = loadShippedTable();

describe('2025 units: history through the crosswalk, always flagged derived', () => {
  it('Ninh Bình (2025, from Hà Nam, Nam Định, Ninh Bình) PCI 2016 = plain mean of 58.16, 58.54 and 60.14 = 58.95', () => {
    const series = harmonisedSeries(table, catalogue, 'PCI', 'n37', 'total')!;
    expect(series.derived).toBe(true);
    expect(series.constituents).toEqual(['35', '36', '37']);
    const p2016 = series.points.find((p) => p.year === 2016)!;
    expect(p2016).toMatchObject({ value: 58.947512, derived: true, method: 'mean-of-constituents' });
    expect(p2016.constituents.map((c) => c.value)).toEqual([58.160816, 58.542225, 60.139496]);
    expect(series.method.en).toContain('derived, not published');
  });
  it('a year where one old province is missing has no derived value: Bắc Ninh (2025) in PCI 2005, Bắc Giang not surveyed', () => {
    const p = harmonisedSeries(table, catalogue, 'PCI', 'n24', 'total')!.points.find((x) => x.year === 2005)!;
    expect(p.constituents).toEqual([{ unit: '24', value: null }, { unit: '27', value: expect.any(Number) }]);
    expect(p.value).toBeNull();
  });
  it('Quảng Ninh (unchanged) keeps its own history: PCI 2016 65.60, method "same province"', () => {
    const series = harmonisedSeries(table, catalogue, 'PCI', 'n22', 'total')!;
    expect(series.points.find((p) => p.year === 2016)).toMatchObject({ value: 65.595551, method: 'same-province', derived: true });
  });
  it('an old province id is not a 2025 unit', () => {
    expect(harmonisedSeries(table, catalogue, 'PCI', '22', 'total')).toBeNull();
  });
});
