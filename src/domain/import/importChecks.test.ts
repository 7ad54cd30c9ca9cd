import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { appliedScores, checkComposite, checkMissingProvinces, checkRankOrder, diffImport, expectsFullTable, importWarnings, scoreKey, type Resolution } from './importChecks';
import type { Score } from '../catalogue/types';
import { parseWideCsv } from './wide';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url)).toString('utf8');
const pci2021 = parseWideCsv(fixture('pci-2021-wide-vi.csv'), 'pci-2021.csv', defaultCatalogue, { index: 'PCI', year: 2021 });
const pci2016 = parseWideCsv(fixture('pci-2016-wide-vi-tiers.csv'), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
const nowhere = () => ({ file: 'x', line: 0, column: 0 });
const s = (unit: string, component: string, value: number | null, officialRank: number | null = null, year = 2021): Score => ({ index: 'PCI', year, unit, component, value, officialRank, source: 'test' });

describe('checkComposite: composite = 10 × Σ weight × sub-index where the weights are published', () => {
  it('Quảng Ninh PCI 2021: composite 73.02 equals the weighted sum 73.04 within rounding — no warning', () => {
    expect(checkComposite(pci2021.rows.filter((r) => r.unit === '22'), defaultCatalogue, nowhere)).toEqual([]);
  });
  it('every province of PCI 2016 (63 rounded to 2 decimals) is within rounding', () => {
    expect(checkComposite(pci2016.rows, defaultCatalogue, nowhere)).toEqual([]);
  });
  it('a composite typed as 75.02 instead of 73.02 is flagged with both numbers and its cell', () => {
    const edited = pci2021.rows.map((r) => (r.unit === '22' && r.component === 'total' ? { ...r, value: 75.02 } : r));
    const [w] = checkComposite(edited, defaultCatalogue, (x) => pci2021.locations.get(scoreKey(x))!);
    expect(w).toMatchObject({ code: 'composite-mismatch', severity: 'warning', line: 2, column: 13 });
    expect(w.message.en).toBe('Composite 75.02 differs from the weighted sum 73.04 (by 1.98)');
  });
  it('skipped when the edition has no published weights (PCI 2010) or a sub-index is missing', () => {
    expect(checkComposite([s('22', 'total', 90, 1, 2010), s('22', 'entry_costs', 1, null, 2010)], defaultCatalogue, nowhere)).toEqual([]);
    expect(checkComposite([s('22', 'total', 90), s('22', 'entry_costs', 1)], defaultCatalogue, nowhere)).toEqual([]);
  });
});

describe('checkRankOrder: a printed rank better than another while its score is lower', () => {
  it('PCI 2016 full table: printed ranks follow the scores', () => {
    expect(checkRankOrder(pci2016.rows, defaultCatalogue, nowhere)).toEqual([]);
  });
  it('Nghệ An and Bắc Giang both 64.74 (ranks 30, 31): a tie, not a disagreement', () => {
    expect(checkRankOrder(pci2021.rows, defaultCatalogue, nowhere)).toEqual([]);
  });
  it('swapped ranks 1 and 8 (Quảng Ninh 73.02, TT-Huế 69.24) are both flagged', () => {
    const swapped = pci2021.rows.map((r) => (r.component !== 'total' ? r : r.unit === '22' ? { ...r, officialRank: 8 } : r.unit === '46' ? { ...r, officialRank: 1 } : r));
    const issues = checkRankOrder(swapped, defaultCatalogue, nowhere);
    expect(issues.map((p) => p.message.en)).toEqual(['Printed rank 8 disagrees with the score order (by score: 1)', 'Printed rank 1 disagrees with the score order (by score: 2)']);
  });
});

describe('checkMissingProvinces: editions that should list every province', () => {
  it('PCI 2021 with 12 provinces: 51 of 63 missing, named', () => {
    const [w] = checkMissingProvinces(pci2021.rows, defaultCatalogue, 'pci-2021.csv');
    expect(w.message.en).toMatch(/^PCI 2021: 51 of 63 provinces missing \(Ha Noi, Ha Giang, /);
  });
  it('PCI 2016 complete: nothing; PCI 2023 (VCCI publishes only the top 30): not expected to be full', () => {
    expect(checkMissingProvinces(pci2016.rows, defaultCatalogue, 'f')).toEqual([]);
    expect(expectsFullTable(defaultCatalogue, 'PCI', 2023)).toBe(false);
    expect(checkMissingProvinces([s('22', 'total', 70, 1, 2023)], defaultCatalogue, 'f')).toEqual([]);
  });
  it('importWarnings gathers the three checks', () => {
    expect(importWarnings(pci2021.rows, defaultCatalogue, 'pci-2021.csv', pci2021.locations).map((p) => p.code)).toEqual(['missing-provinces']);
  });
});

describe('diffImport: added, replaced (with old and new value), unchanged', () => {
  const loaded = [s('22', 'total', 73.02, 1), s('22', 'entry_costs', 7.98, 1), s('46', 'total', 69.24, 8)];
  const incoming = [s('22', 'total', 73.02, 1), s('22', 'entry_costs', 7.98), s('46', 'total', 69.42, 8), s('24', 'total', 64.74, 31)];
  const diff = diffImport(incoming, loaded);
  it('Bắc Giang is added; Quảng Ninh unchanged (a blank rank does not differ from a printed one); TT-Huế 69.24 → 69.42 replaced', () => {
    expect(diff.added.map((x) => x.unit)).toEqual(['24']);
    expect(diff.unchanged.map((x) => x.component)).toEqual(['total', 'entry_costs']);
    expect(diff.replaced.map((r) => [r.key, r.old.value, r.new.value])).toEqual([['PCI|2021|46|total', 69.24, 69.42]]);
  });
  it('equal at the printed precision is unchanged: PCI 2016 Đà Nẵng entry costs 9.217857 (VCCI workbook) vs the table\'s 9.22', () => {
    const workbook = s('48', 'entry_costs', 9.217857, null, 2016);
    expect(diffImport([s('48', 'entry_costs', 9.22, null, 2016)], [workbook]).unchanged).toHaveLength(1);
    expect(diffImport([s('48', 'entry_costs', 9.23, null, 2016)], [workbook]).replaced).toHaveLength(1);
    expect(diffImport(pci2016.rows, pci2016.rows.map((r) => ({ ...r, value: r.value === null ? null : r.value + 0.004 }))).unchanged).toHaveLength(pci2016.rows.length);
  });
  it('a different printed rank is a conflict too', () => {
    expect(diffImport([s('22', 'total', 73.02, 2)], loaded).replaced).toHaveLength(1);
  });
  it('nothing is replaced without a decision: conflicts keep the loaded figure unless taken', () => {
    expect(appliedScores(diff, new Map()).map((x) => x.unit)).toEqual(['24']);
    const take = new Map<string, Resolution>([['PCI|2021|46|total', 'take']]);
    expect(appliedScores(diff, take).map((x) => [x.unit, x.value])).toEqual([['24', 64.74], ['46', 69.42]]);
  });
  it('a score for a province shipped with only its printed rank fills the gap (added): PCI 2021 Nghệ An 64.74, 30th over the news rank 30 — a different rank is still a conflict', () => {
    const rankOnly = s('40', 'total', null, 30);
    expect(diffImport([s('40', 'total', 64.74, 30)], [rankOnly]).added.map((x) => [x.value, x.officialRank])).toEqual([[64.74, 30]]);
    expect(diffImport([s('40', 'total', 64.74, 31)], [rankOnly]).replaced).toHaveLength(1);
    expect(diffImport([s('40', 'total', 64.74)], [rankOnly]).replaced).toHaveLength(1);
  });
  it('missing stays missing: an imported null against a loaded null is unchanged, against 7.5 a conflict', () => {
    expect(diffImport([s('79', 'entry_costs', null)], [s('79', 'entry_costs', null)]).unchanged).toHaveLength(1);
    expect(diffImport([s('79', 'entry_costs', null)], [s('79', 'entry_costs', 7.5)]).replaced).toHaveLength(1);
  });
});
