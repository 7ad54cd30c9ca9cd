import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue, getIndex } from '../catalogue/catalogue';
import { readCsvGrid } from './parse';
import { guessIndexAndYear, matchWideColumns, parseWideCsv, tableShape, wideToScores } from './wide';

const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url)).toString('utf8');
const pci = getIndex(defaultCatalogue, 'PCI');
const located = (issues: { line: number; column: number; code: string }[]) => issues.map((p) => `${p.line}:${p.column}:${p.code}`);

describe('tableShape: long files name index/year/province/component/score, anything else is wide', () => {
  it('the long header is long; a published PCI table is wide', () => {
    expect(tableShape(['index', 'year', 'province', 'component', 'score', 'rank'])).toBe('long');
    expect(tableShape(['Tỉnh/Thành phố', 'Gia nhập thị trường', 'PCI', 'Xếp hạng'])).toBe('wide');
    // A long file missing its score column is still long, so the parser can name the missing column.
    expect(tableShape(['index', 'year', 'province', 'component', 'rank'])).toBe('long');
  });
});

describe('matchWideColumns: headers matched to the catalogue with or without diacritics', () => {
  it('PCI 2021 Vietnamese headers: STT ignored, province column, ten sub-indices, PCI → composite, Xếp hạng → rank', () => {
    const grid = readCsvGrid(fixture('pci-2021-wide-vi.csv'), 'f');
    const m = matchWideColumns(grid.rows[0], pci, 2021, defaultCatalogue);
    expect(m.map((c) => c.role === 'component' ? c.component : c.role)).toEqual([
      'ignore', 'province', 'entry_costs', 'land_access', 'transparency', 'time_costs', 'informal_charges',
      'equal_competition', 'proactivity', 'business_support', 'labour_training', 'legal_institutions', 'total', 'rank',
    ]);
  });
  it('English headers as pcivietnam.vn prints them ("Policy Bias", "Labor Policy", "PCI 2019") and without diacritics', () => {
    const m = matchWideColumns(['No.', 'Province', 'Policy Bias', 'Labor Policy', 'PCI 2019', 'Rank', 'Tinh minh bach', 'Nhóm'], pci, 2019, defaultCatalogue);
    expect(m.map((c) => c.component ?? c.role)).toEqual(['ignore', 'province', 'equal_competition', 'labour_training', 'total', 'rank', 'transparency', 'tier']);
  });
  it('numbered headers "1. Gia nhập thị trường" and "CSTP 3: Tính minh bạch" still match', () => {
    const m = matchWideColumns(['Tỉnh', '1. Gia nhập thị trường', 'CSTP 3: Tính minh bạch'], pci, 2021, defaultCatalogue);
    expect(m.map((c) => c.component ?? c.role)).toEqual(['province', 'entry_costs', 'transparency']);
  });
  it('a province column with an odd header ("Địa bàn") is found by its content', () => {
    const m = matchWideColumns(['Địa bàn', 'PCI'], pci, 2021, defaultCatalogue, [['Quang Ninh', '73,02'], ['TT-Huế', '69,24'], ['BRVT', '69,03']]);
    expect(m[0].role).toBe('province');
  });
});

describe('parseWideCsv: a published PCI 2021 table into long scores', () => {
  const r = parseWideCsv(fixture('pci-2021-wide-vi.csv'), 'pci-2021-wide-vi.csv', defaultCatalogue, { index: 'PCI', year: 2021 });
  it('no problem at all (STT is a known column to skip); 12 provinces × 11 figures', () => {
    expect(r.issues).toEqual([]);
    expect(r.rows).toHaveLength(12 * 11);
  });
  it('"Quang Ninh" without diacritics resolves to Quảng Ninh (22): composite 73.02, printed rank 1', () => {
    expect(r.rows.find((s) => s.unit === '22' && s.component === 'total')).toMatchObject({ value: 73.02, officialRank: 1, index: 'PCI', year: 2021 });
  });
  it('TT-Huế → 46, BRVT → 77, TP.HCM → 79; decimal comma "6,16" reads 6.16 (HCMC entry costs)', () => {
    expect(r.rows.find((s) => s.unit === '46' && s.component === 'total')?.value).toBe(69.24);
    expect(r.rows.find((s) => s.unit === '77' && s.component === 'total')?.officialRank).toBe(9);
    expect(r.rows.find((s) => s.unit === '79' && s.component === 'entry_costs')?.value).toBe(6.16);
  });
  it('sub-indices carry no rank; the rank belongs to the composite', () => {
    expect(r.rows.filter((s) => s.component !== 'total').every((s) => s.officialRank === null)).toBe(true);
  });
  it('each figure knows its cell: Quảng Ninh composite at line 2, column 13', () => {
    expect(r.locations.get('PCI|2021|22|total')).toEqual({ file: 'pci-2021-wide-vi.csv', line: 2, column: 13 });
  });
});

describe('parseWideCsv: N/A is missing, never 0; tiers kept as printed', () => {
  it('PCI 2019: TP.HCM sub-indices printed N/A are null with a warning, its composite 67.16 rank 14 still loads', () => {
    const r = parseWideCsv(fixture('pci-2019-wide-en.csv'), 'en.csv', defaultCatalogue, { index: 'PCI', year: 2019 });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    const hcmc = r.rows.filter((s) => s.unit === '79');
    expect(hcmc.find((s) => s.component === 'total')).toMatchObject({ value: 67.16, officialRank: 14 });
    expect(hcmc.filter((s) => s.component !== 'total').every((s) => s.value === null)).toBe(true);
    expect(r.issues.filter((p) => p.code === 'missing-value')).toHaveLength(10);
  });
  it('PCI 2016 "Nhóm xếp hạng": Đà Nẵng Rất tốt, Cao Bằng Thấp, on the composite', () => {
    const r = parseWideCsv(fixture('pci-2016-wide-vi-tiers.csv'), 't.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    expect(r.issues).toEqual([]);
    expect(r.rows.find((s) => s.unit === '48' && s.component === 'total')).toMatchObject({ value: 70, officialRank: 1, tier: 'Rất tốt' });
    expect(r.rows.find((s) => s.unit === '04' && s.component === 'total')?.tier).toBe('Thấp');
    expect(r.rows.find((s) => s.unit === '48' && s.component === 'entry_costs')?.tier).toBeNull();
  });
});

describe('parseWideCsv: errors located by file, line and column; bad rows left out whole', () => {
  const r = parseWideCsv(fixture('pci-2021-wide-errors.csv'), 'errors.csv', defaultCatalogue, { index: 'PCI', year: 2021 });
  it('#VALUE! at 3:4, 69.90 out of 0–10 at 4:2, unknown province at 5:1, rank "25a" at 6:13, truncated line 7', () => {
    expect(located(r.issues.filter((p) => p.severity === 'error'))).toEqual(['3:4:not-a-number', '4:2:out-of-scale', '5:1:unknown-province', '6:13:bad-rank', '7:7:field-count']);
    expect(r.issues.every((p) => p.file === 'errors.csv')).toBe(true);
  });
  it('only Quảng Ninh, the one clean row, yields scores', () => {
    expect(new Set(r.rows.map((s) => s.unit))).toEqual(new Set(['22']));
  });
  it('messages in both languages: "Điểm 69,9 ngoài thang 0–10 của Gia nhập thị trường" (the component by its name, a decimal comma)', () => {
    expect(r.issues.find((p) => p.code === 'out-of-scale')?.message.vi).toContain('69,9 ngoài thang 0–10 của Gia nhập thị trường');
  });
});

describe('mapping: the user confirms or changes each header', () => {
  const text = 'Tỉnh;Cột lạ;PCI\nQuảng Ninh;7,98;73,02\n';
  it('an unmatched column of figures holds the import (an error at its header) until the user maps it or leaves it out (issue 17: a 20% component must not vanish)', () => {
    const r = parseWideCsv(text, 'm.csv', defaultCatalogue, { index: 'PCI', year: 2021 });
    expect(located(r.issues)).toEqual(['1:2:unmatched-figure-column']);
    expect(r.issues[0].message.vi).toContain('có 1 số liệu nhưng chưa ghép với thành phần nào');
    expect(r.rows).toEqual([]);
    const grid = readCsvGrid(text, 'm.csv');
    const mapping = matchWideColumns(grid.rows[0], pci, 2021, defaultCatalogue).map((m) => (m.column === 1 ? { ...m, leftOut: true } : m));
    const left = wideToScores(grid, 'm.csv', defaultCatalogue, { index: 'PCI', year: 2021, mapping, indexDef: pci });
    expect(left.issues).toEqual([]);
    expect(left.rows.map((s) => s.component)).toEqual(['total']);
  });
  it('an unmatched header over text is a located warning and its cells are ignored', () => {
    const r = parseWideCsv('Tỉnh,Ghi chú riêng,PCI\nQuảng Ninh,tốt,73.02\n', 'm.csv', defaultCatalogue, { index: 'PCI', year: 2021 });
    expect(located(r.issues)).toEqual(['1:2:unmatched-header']);
    expect(r.rows.map((s) => s.component)).toEqual(['total']);
  });
  it('PCI 2019 without its "Dịch vụ hỗ trợ DN" column: named with its weight before import ("— trọng số 20% — chưa ghép cột nào")', () => {
    const csv = fixture('pci-2019-wide-en.csv').split('\n').map((l) => l.split(',').filter((_, i) => i !== 9).join(',')).join('\n');
    const r = parseWideCsv(csv, 'pci-2019.csv', defaultCatalogue, { index: 'PCI', year: 2019 });
    const w = r.issues.filter((p) => p.code === 'weighted-component-unmapped');
    expect(w.map((p) => p.message.vi)).toEqual(['Dịch vụ hỗ trợ doanh nghiệp — trọng số 20% — chưa ghép cột nào']);
  });
  it('mapped by the user to entry costs, the column loads 7.98', () => {
    const grid = readCsvGrid(text, 'm.csv');
    const mapping = matchWideColumns(grid.rows[0], pci, 2021, defaultCatalogue);
    mapping[1] = { ...mapping[1], role: 'component', component: 'entry_costs' };
    const r = wideToScores(grid, 'm.csv', defaultCatalogue, { index: 'PCI', year: 2021, mapping, indexDef: pci });
    expect(r.rows.find((s) => s.component === 'entry_costs')?.value).toBe(7.98);
  });
  it('two columns mapped to one component, or no province column, are errors and nothing loads', () => {
    const grid = readCsvGrid(text, 'm.csv');
    const twice = matchWideColumns(grid.rows[0], pci, 2021, defaultCatalogue).map((m) => (m.column === 1 ? { ...m, role: 'component' as const, component: 'total' } : m));
    const r = wideToScores(grid, 'm.csv', defaultCatalogue, { index: 'PCI', year: 2021, mapping: twice, indexDef: pci });
    expect(located(r.issues)).toEqual(['1:3:duplicate-component-column']);
    expect(r.rows).toEqual([]);
    const noProvince = parseWideCsv('Gì đó;PCI\nabc;73\n', 'n.csv', defaultCatalogue, { index: 'PCI', year: 2021 });
    expect(noProvince.issues.map((p) => p.code)).toContain('no-province-column');
  });
  it('an unknown index or a year before the index is an error, not a throw', () => {
    expect(parseWideCsv(text, 'x.csv', defaultCatalogue, { index: 'XYZ', year: 2021 }).issues[0].code).toBe('unknown-index');
    expect(parseWideCsv(text, 'x.csv', defaultCatalogue, { index: 'PCI', year: 2001 }).issues[0].code).toBe('year-before-index');
  });
});

describe('guessIndexAndYear: a suggestion from the file name, confirmed by the user', () => {
  it('"PCI_2021_bang-xep-hang.csv" → PCI 2021; "ket-qua.csv" → nothing', () => {
    expect(guessIndexAndYear('PCI_2021_bang-xep-hang.csv', defaultCatalogue)).toEqual({ index: 'PCI', year: 2021 });
    expect(guessIndexAndYear('ket-qua.csv', defaultCatalogue)).toEqual({ index: null, year: null });
  });
});
