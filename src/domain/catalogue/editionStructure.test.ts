import { describe, expect, it } from 'vitest';
import { defaultCatalogue, findIndex, mainComponents, unitsForYear } from './catalogue';
import { componentIdOf, indexWithStructure, structureBreakAcross, structureLabel, scaleOfFigures, structureFromHeader, withContinues, withStructures } from './editionStructure';
import { compositeRecipe } from '../analysis/composite';
import { rankTable } from '../analysis/changes';
import { harmonisedSeries } from '../analysis/harmonise';
import { buildScoreTable } from '../table/dataset';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import type { Score } from './types';

// PCI 2.0 (VCCI, announced 2025, en.vcci.com.vn): three pillars on the 34 units. No 2025 figures are published yet,
// so the pillar figures below are a test table; the 2024 figures they are set against are the shipped ones.
const PILLARS = ['Môi trường kinh doanh', 'Cạnh tranh bình đẳng', 'Động lực tăng trưởng'];
const pci2 = structureFromHeader(
  'PCI',
  2025,
  [
    { header: 'Tỉnh/Thành phố', kind: 'other' },
    ...PILLARS.map((header) => ({ header, kind: 'figures' as const, largest: 8.1 })),
    { header: 'Điểm PCI 2025', kind: 'composite', largest: 74.6 },
  ],
  'pci-2025.csv',
);

describe('a new structure is declared from the header, never folded into the old components', () => {
  it('PCI 2.0: three components named as printed; "Cạnh tranh bình đẳng" is a new pillar, not the old equal_competition', () => {
    expect(pci2.components.map((c) => c.id)).toEqual(['moi_truong_kinh_doanh', 'canh_tranh_binh_dang', 'dong_luc_tang_truong']);
    expect(pci2.components.every((c) => c.min === 0 && c.max === 10)).toBe(true);
    expect(componentIdOf('Động lực tăng trưởng')).toBe('dong_luc_tang_truong');
  });
  it('scale from the largest figure: 0.84 → 0–1, 8.1 → 0–10, 74.6 → 0–100, 620 → 0–1000', () => {
    expect([0.84, 8.1, 74.6, 620].map((x) => scaleOfFigures(x).max)).toEqual([1, 10, 100, 1000]);
  });
  it('from 2025 PCI holds only the three pillars; 2024 keeps its ten sub-indices and weights', () => {
    const ix = indexWithStructure(findIndex(defaultCatalogue, 'PCI')!, pci2);
    expect(mainComponents(ix, 2025).map((c) => c.id)).toEqual(['moi_truong_kinh_doanh', 'canh_tranh_binh_dang', 'dong_luc_tang_truong']);
    expect(mainComponents(ix, 2024).map((c) => c.id)).toContain('equal_competition');
    expect(mainComponents(ix, 2024)).toHaveLength(10);
    expect(compositeRecipe(ix, 2024)).not.toBeNull();
    expect(compositeRecipe(ix, 2025)).toBeNull(); // no weights published: no contribution, no what-if
    expect(ix.methodBreaks.at(-1)).toMatchObject({ year: 2025, structure: true });
  });
  it('PCI 2025 on the new structure ranks among the 34 units; no score or rank change against PCI 2024 (Quảng Ninh: PCI 2024 73.2 shipped, not subtracted)', () => {
    const catalogue = withStructures(defaultCatalogue, [pci2]);
    const units = unitsForYear(catalogue, 2025);
    expect(units).toHaveLength(34);
    const quangNinh = units.find((u) => u.vi === 'Quảng Ninh')!;
    const test: Score[] = units.map((u, i) => ({ index: 'PCI', year: 2025, unit: u.id, component: 'total', value: 70 - i * 0.3, officialRank: i + 1, source: 'test' }));
    const shipped = loadShippedTable();
    const table = buildScoreTable([...shipped.scores, ...test], catalogue);
    const result = rankTable(table, catalogue, 'PCI', 2025, 'total');
    expect(result.coverage).toMatchObject({ expected: 34, loaded: 34, complete: true });
    expect(result.baseYear).toBe(2024);
    const row = result.rows.find((r) => r.unit === quangNinh.id)!;
    expect(row.rankOutOf).toBe(34);
    expect(row.baseValue).toBe(73.2); // the 2024 figure is there …
    expect(row.scoreChange).toBeNull(); // … and not subtracted across the break
    expect(row.rankChange).toBeNull();
    expect(row.changeWithheld?.vi).toContain('Không so sánh qua mốc 2025');
    expect(result.rows.every((r) => r.scoreChange === null && r.rankChange === null)).toBe(true);
    // Nor a derived history under the 2025 unit: the old composite is not the new one.
    expect(harmonisedSeries(table, catalogue, 'PCI', quangNinh.id, 'total')).toBeNull();
    expect(harmonisedSeries(table, defaultCatalogue, 'PCI', quangNinh.id, 'total')?.points.find((p) => p.year === 2024)?.value).toBe(73.2);
  });
  it('the user may say which old components a new one continues (for the plan\'s owners): recorded, never a change', () => {
    const pci = findIndex(defaultCatalogue, 'PCI')!;
    const chosen = withContinues(pci2, pci, ['Cạnh tranh bình đẳng=equal_competition', 'moi_truong_kinh_doanh=Gia nhập thị trường, land_access']);
    expect(chosen.problems).toEqual([]);
    expect(chosen.structure.components.map((c) => c.continues ?? [])).toEqual([['entry_costs', 'land_access'], ['equal_competition'], []]);
    expect(withContinues(pci2, pci, ['Cạnh tranh bình đẳng=soe_bias_2030']).problems[0].en).toBe('--continues: "soe_bias_2030" is not an earlier PCI component');
    expect(withContinues(pci2, pci, ['Tăng trưởng xanh=land_access']).problems).toHaveLength(1);
  });
});

describe('the break, worded once for every view that meets it', () => {
  it('PCI 2025 against 2024: a new structure on 34 units, the old on 63 provinces, no change computed, and why (vi and en)', () => {
    const b = indexWithStructure(findIndex(defaultCatalogue, 'PCI')!, pci2).methodBreaks.at(-1)!;
    const across = structureBreakAcross(b, 2025, 2024, { outOf: 34, baseOutOf: 63 });
    expect(across.vi).toMatch(/^2025 có cấu trúc mới, xếp hạng trên 34 đơn vị; 2024 theo cấu trúc cũ, trên 63 tỉnh\. Không tính thay đổi điểm hay hạng từ 2024 sang 2025: /);
    expect(across.en).toMatch(/^2025 has a new structure, ranked among 34 units; 2024 is on the old structure, among 63 provinces\. No score or rank change is computed from 2024 to 2025: /);
    // A base further back (2020) crosses the same break; counts not known are left out, never written as 0.
    expect(structureBreakAcross(b, 2025, 2020).vi).toMatch(/^2025 có cấu trúc mới; 2020 theo cấu trúc cũ\. Không tính thay đổi điểm hay hạng từ 2020 sang 2025: từ 2025/);
    expect(structureLabel(b)).toEqual({ vi: 'Cấu trúc mới từ 2025', en: 'New structure from 2025' });
  });
});
