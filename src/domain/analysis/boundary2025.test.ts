/**
 * Across the 2025 boundary (63 provinces → 34 units): the first 34-unit editions compared with 2024.
 * 2024 figures are the shipped published ones; the 2025 figures are test inputs (no 34-unit edition is shipped
 * yet), named as such.
 */
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue } from '../catalogue/catalogue';
import { rankTable } from './changes';
import { buildScoreTable } from '../table/dataset';
import type { Score } from '../catalogue/types';

const shipped = loadShippedTable();
const fig = (unit: string, value: number | null, officialRank: number | null, component = 'total'): Score => ({
  index: 'PCI', year: 2025, unit, component, value, officialRank, source: 'test input: hypothetical 2025 edition',
});

describe('2025+ edition vs 2024: score changes through the crosswalk, ranks never subtracted across 63 → 34', () => {
  const pci2024 = (unit: string) => shipped.get('PCI', 2024, unit, 'total');
  const hasTh = pci2024('38')?.value != null;
  const table = buildScoreTable([...shipped.scores, fig('n38', 70, 10), fig('n31', 74, 2), fig('n79', 70, 5)], catalogue);
  const rows = rankTable(table, catalogue, 'PCI', 2025, 'total', { baseYear: 2024 }).rows;
  const row = (u: string) => rows.find((r) => r.unit === u)!;

  it('Thanh Hóa (not merged; PCI 2024 68.74, 21st): a real score change against its own 2024 composite, its rank of 63 beside the rank of 34, no rank change', () => {
    expect(hasTh).toBe(true);
    const qn = row('n38');
    expect(qn.baseComparison).toBe('same-province');
    expect(qn.changeDerived).toBe(false);
    expect(qn.baseValue).toBe(68.74);
    expect(qn.scoreChange).toBeCloseTo(70 - 68.74, 6);
    expect(qn.baseRank).toBe(21);
    expect(qn.rankOutOf).toBe(34);
    expect(qn.baseRankOutOf).toBe(63);
    expect(qn.rankChange).toBeNull();
  });

  it('Hải Phòng (Hải Phòng + Hải Dương): a derived change against the plain mean of both 2024 composites, or none when one is not loaded', () => {
    const hp = row('n31');
    const parts = ['30', '31'].map((u) => pci2024(u)?.value ?? null);
    if (parts.every((v) => v !== null)) {
      expect(hp.baseComparison).toBe('derived-mean');
      expect(hp.changeDerived).toBe(true);
      expect(hp.baseValue).toBeCloseTo((parts[0]! + parts[1]!) / 2, 6);
    } else {
      expect(hp.baseValue).toBeNull();
      expect(hp.scoreChange).toBeNull();
    }
    expect(hp.baseRank).toBeNull();
    expect(hp.rankChange).toBeNull();
  });

  it('PAPI 2024 → a hypothetical 2025: Hồ Chí Minh City (HCMC + Bình Dương + BR-VT) gets the derived mean of three published 2024 aggregates', () => {
    const papi = buildScoreTable([...shipped.scores, { ...fig('n79', 45, null), index: 'PAPI' }], catalogue);
    const hcm = rankTable(papi, catalogue, 'PAPI', 2025, 'total', { baseYear: 2024 }).rows.find((r) => r.unit === 'n79')!;
    const parts = ['79', '74', '77'].map((u) => shipped.get('PAPI', 2024, u, 'total')?.value ?? null);
    expect(parts.every((v) => v !== null)).toBe(true);
    expect(hcm).toMatchObject({ baseComparison: 'derived-mean', changeDerived: true, baseRank: null, rankChange: null });
    expect(hcm.baseValue).toBeCloseTo((parts[0]! + parts[1]! + parts[2]!) / 3, 6);
  });

  it('within one unit set nothing changes: PCI 2016 vs 2015 keeps same-unit comparisons with rank changes out of 63', () => {
    const qn = rankTable(shipped, catalogue, 'PCI', 2016, 'total').rows.find((r) => r.unit === '22')!;
    expect(qn).toMatchObject({ baseComparison: 'same-unit', changeDerived: false, rankOutOf: 63, baseRankOutOf: 63, rank: 2, baseRank: 3, rankChange: 1 });
  });
});
