import { describe, expect, it } from 'vitest';
import { buildScoreTable } from '../table/dataset';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue, getIndex } from '../catalogue/catalogue';
import { matchTierLabel, quartileCutoffs, tierOf, tierText, tierThreshold } from './tiers';

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
  it('PAPI 2020 Quảng Ninh (48.81, 1st) is in the best-performers group (by the group sizes PAPI printed); PAPI 2016 Quảng Ninh (62nd) in the lowest quartile (computed)', () => {
    expect(tierOf(table, catalogue, 'PAPI', 2020, '22')).toMatchObject({ tier: expect.objectContaining({ id: 'q1' }), source: 'published', basis: 'printed-count' });
    expect(tierOf(table, catalogue, 'PAPI', 2016, '22')).toMatchObject({ source: 'computed', basis: 'quartile' });
    expect(tierOf(table, catalogue, 'PAPI', 2016, '22')?.tier.id).toBe('q4');
  });
  it('PAPI 2014 ranked 61 (Bắc Giang and Đồng Tháp not ranked, catalogue/editions.json): quartiles are computed on the 61', () => {
    expect(tierOf(table, catalogue, 'PAPI', 2014, '22')).toMatchObject({ source: 'computed', basis: 'quartile' });
    expect(tierThreshold(table, catalogue, 'PAPI', 2014, 'q1')).not.toBeNull();
  });
  it('a PAPI year with a ranked province missing has no quartile (2014 without Hà Nội: 60 of 61)', () => {
    const partial = buildScoreTable(table.scores.filter((s) => !(s.index === 'PAPI' && s.year === 2014 && s.unit === '01')), catalogue);
    expect(partial.coverage('PAPI', 2014)).toEqual({ loaded: 60, expected: 61, complete: false });
    expect(tierOf(partial, catalogue, 'PAPI', 2014, '22')).toBeNull();
    expect(tierThreshold(partial, catalogue, 'PAPI', 2014, 'q1')).toBeNull();
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

describe('tierText: a group as a view prints it — published as is, computed said so', () => {
  const shipped = loadShippedTable();
  it('PAPI 2022 Quảng Ninh: the group PAPI printed (43.44–47.88), no label; PAR 2019 Tây Ninh 80.05: band B computed with the index rule, said so', () => {
    const papi = tierOf(shipped, catalogue, 'PAPI', 2022, '22')!;
    expect(papi.source).toBe('published');
    expect(tierText(papi.tier, papi.source, 'vi')).toBe('Nhóm đạt điểm cao nhất');
    const par = tierOf(shipped, catalogue, 'PAR', 2019, '72')!;
    expect(par.source).toBe('computed');
    expect(tierText(par.tier, par.source, 'vi')).toBe('Nhóm B (80–<90%) (tính theo quy tắc của chỉ số)');
    expect(tierText(par.tier, par.source, 'en')).toBe("Group B (80–<90%) (computed with the index's rule)");
  });
});
