import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue, getIndex } from '../catalogue/catalogue';
import { matchTierLabel, quartileCutoffs, tierOf, tierThreshold } from './tiers';

const table = loadShippedTable();

describe('tiers: printed for PCI, quartiles for PAPI on complete years, bands for PAR, none for SIPAS', () => {
  it('Quảng Ninh PCI 2016: "Rất tốt" as printed by VCCI', () => {
    expect(tierOf(table, catalogue, 'PCI', 2016, '22')).toEqual({ tier: expect.objectContaining({ id: 'very_good', vi: 'Rất tốt' }), source: 'published', basis: 'printed' });
  });
  it('PCI is never given a computed tier: no tier where VCCI printed none (PCI 2019)', () => {
    expect(tierOf(table, catalogue, 'PCI', 2019, '22')).toBeNull();
  });
  it('printed labels match in either language or by id', () => {
    const pci = getIndex(catalogue, 'PCI');
    expect(matchTierLabel(pci, 'Tương đối thấp')?.id).toBe('relatively_low');
    expect(matchTierLabel(pci, 'fairly good')?.id).toBe('fairly_good');
    expect(matchTierLabel(pci, 'Xuất sắc')).toBeNull();
  });
  it('PAPI 2020 Quảng Ninh (48.81, 1st) is in the best-performers quartile; PAPI 2016 Quảng Ninh (62nd) in the lowest', () => {
    expect(tierOf(table, catalogue, 'PAPI', 2020, '22')).toEqual({ tier: expect.objectContaining({ id: 'q1' }), source: 'computed', basis: 'quartile' });
    expect(tierOf(table, catalogue, 'PAPI', 2016, '22')?.tier.id).toBe('q4');
  });
  it('PAPI 2014 holds 61 of 63 aggregates, so no quartile is computed', () => {
    expect(tierOf(table, catalogue, 'PAPI', 2014, '22')).toBeNull();
    expect(tierThreshold(table, catalogue, 'PAPI', 2014, 'q1')).toBeNull();
  });
  it('PAPI 2016 cut-off for the low-average group is the 25th percentile, 34.76', () => {
    expect(tierThreshold(table, catalogue, 'PAPI', 2016, 'q3')).toBeCloseTo(34.7601035, 6);
  });
  it('quartile cut-offs are reversed when lower is better', () => {
    expect(quartileCutoffs([1, 2, 3, 4, 5], true)).toEqual([4, 3, 2]);
    expect(quartileCutoffs([1, 2, 3, 4, 5], false)).toEqual([2, 3, 4]);
    expect(quartileCutoffs([], true)).toBeNull();
  });
  it('PAR INDEX 2022: Quảng Ninh 90.10 % is group A (≥ 90), Hà Nội 89.58 % group B', () => {
    expect(tierOf(table, catalogue, 'PAR', 2022, '22')?.tier.id).toBe('A');
    expect(tierOf(table, catalogue, 'PAR', 2022, '01')?.tier.id).toBe('B');
    expect(tierThreshold(table, catalogue, 'PAR', 2022, 'A')).toBe(90);
  });
  it('SIPAS has no tiers', () => {
    expect(tierOf(table, catalogue, 'SIPAS', 2022, '22')).toBeNull();
  });
  it('PCI 2016: the lowest score printed "Rất tốt" is 62.76 (an observed floor, not a VCCI cut-off)', () => {
    expect(tierThreshold(table, catalogue, 'PCI', 2016, 'very_good')).toBe(62.758709);
  });
});
