import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { agreeAtPrecision, compareAtPrecision, decimalsOf, decimalsOfText, decimalsOfValue, keptDecimals } from './precision';
import { appliedScores, diffImport } from './importChecks';
import type { Score } from '../catalogue/types';

describe('a figure keeps the decimals it was printed with', () => {
  it('"6,60" and "6.60" have 2, "70.001396" has 6, "73" has 0, "1.234,5" has 1, "91,03%" has 2', () => {
    expect([decimalsOfText('6,60'), decimalsOfText('6.60'), decimalsOfText('70.001396'), decimalsOfText('73'), decimalsOfText('1.234,5'), decimalsOfText('91,03%')]).toEqual([2, 2, 6, 0, 1, 2]);
    expect(decimalsOfText('N/A')).toBeNull();
  });
  it('a number says its own decimals (6.6 → 1, 1.5e-7 → 8); a reader keeps more only when the text shows more ("6.60")', () => {
    expect([decimalsOfValue(6.6), decimalsOfValue(1.5e-7), decimalsOfValue(73)]).toEqual([1, 8, 0]);
    expect(keptDecimals('6.60', 6.6)).toBe(2);
    expect(keptDecimals('6.6', 6.6)).toBeUndefined();
    expect(decimalsOf({ value: 6.6, decimals: 2 })).toBe(2);
  });
  it('the shipped PCI 2019 page figures keep their trailing zeros: Hà Nội transparency 6.60 has 2 decimals', () => {
    const s = loadShippedTable().scores.find((x) => x.index === 'PCI' && x.year === 2019 && x.unit === '01' && x.component === 'transparency')!;
    expect(s.value).toBe(6.6);
    expect(decimalsOf(s)).toBe(2);
  });
});

describe('two figures are the same when they agree at the coarser of their two printed precisions', () => {
  it('PCI 2019 Ninh Thuận-like case: the page\'s 5,19 and a workbook\'s 5.1912 agree; 5,19 and 5,20 do not', () => {
    expect(agreeAtPrecision({ value: 5.19 }, { value: 5.1912 })).toBe(true);
    expect(compareAtPrecision({ value: 5.19 }, { value: 5.1912 })).toBe('incoming-finer');
    expect(compareAtPrecision({ value: 5.1912 }, { value: 5.19 })).toBe('loaded-finer');
    expect(compareAtPrecision({ value: 5.19 }, { value: 5.2, decimals: 2 })).toBe('different');
    expect(compareAtPrecision({ value: 5.19 }, { value: 5.19 })).toBe('equal');
  });
  it('6.60 printed is not 6.64: trailing zeros count (6.6 read alone would have agreed at one decimal)', () => {
    expect(agreeAtPrecision({ value: 6.6, decimals: 2 }, { value: 6.64 })).toBe(false);
    expect(agreeAtPrecision({ value: 6.6 }, { value: 6.64 })).toBe(true);
  });
  it('both missing agree; one missing does not', () => {
    expect(agreeAtPrecision({ value: null }, { value: null })).toBe(true);
    expect(agreeAtPrecision({ value: null }, { value: 7.5 })).toBe(false);
  });
});

/** Shipped PCI 2019 figures (pcivietnam.vn pages, two decimals) with digits added that round back to them. */
function pci2019(): { shipped: Score[]; fullPrecision: Score[] } {
  const shipped = loadShippedTable().scores.filter((s) => s.index === 'PCI' && s.year === 2019 && s.value !== null);
  const fullPrecision = shipped.map((s, i) => ({ ...s, value: Math.round((s.value! + ((i % 8) - 3.5) * 0.001) * 1e6) / 1e6, decimals: undefined, source: 'PCI-2019-VCCI.xlsx' }));
  return { shipped, fullPrecision };
}

describe('diffImport at the precision printed (issue 17: "297 khác · 0 trùng khớp" for figures equal at two decimals)', () => {
  it('PCI 2019 at full precision over the shipped two-decimal pages: 331 the same, all with more digits, 0 different; all kept by default', () => {
    const { shipped, fullPrecision } = pci2019();
    expect(shipped).toHaveLength(331);
    const diff = diffImport(fullPrecision, shipped);
    expect({ added: diff.added.length, unchanged: diff.unchanged.length, refined: diff.refined.length, replaced: diff.replaced.length }).toEqual({ added: 0, unchanged: 0, refined: 331, replaced: 0 });
    const applied = appliedScores(diff, new Map());
    expect(applied).toHaveLength(331);
    // The composite keeps its printed rank: Quảng Ninh PCI 2019 rank 1.
    expect(applied.find((s) => s.unit === '22' && s.component === 'total')?.officialRank).toBe(1);
    expect(appliedScores(diff, new Map(), 'keep')).toHaveLength(0);
  });
  it('one changed figure among them shows exactly 1 difference, with both values', () => {
    const { shipped, fullPrecision } = pci2019();
    const at = fullPrecision.findIndex((s) => s.unit === '22' && s.component === 'land_access');
    fullPrecision[at] = { ...fullPrecision[at], value: fullPrecision[at].value! + 0.5 };
    const diff = diffImport(fullPrecision, shipped);
    expect(diff.replaced.map((r) => [r.old.value, r.new.value])).toEqual([[7, fullPrecision[at].value]]);
    expect(diff.refined).toHaveLength(330);
  });
  it('PCI 2016 printed with two decimals over the shipped full-precision workbook figures: all the same, nothing laid over (the loaded figure is finer)', () => {
    const shipped = loadShippedTable().scores.filter((s) => s.index === 'PCI' && s.year === 2016 && s.value !== null);
    const printed = shipped.map((s) => ({ ...s, value: Math.round(s.value! * 100) / 100, decimals: 2 }));
    const diff = diffImport(printed, shipped);
    expect(diff.replaced).toHaveLength(0);
    expect(diff.unchanged).toHaveLength(shipped.length);
    expect(appliedScores(diff, new Map())).toHaveLength(0);
  });
});
