/**
 * Indicator tables: which kind a file is (the import's destination) and the one-province reader.
 * The sub-index scores are the real PCI 2015/2016 figures shipped in data/scores/pci-2005-2016-vcci-workbooks.csv
 * (Quảng Ninh 2016 land access 6.066298, time costs 6.859522); indicator values come from the LAYOUT FIXTURE
 * (tests/fixtures/indicatorWorkbook.ts: made up from those scores, not published figures).
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { buildIndicatorCatalogue } from '../analysis/indicatorCatalogue';
import { fixtureSheets } from '../../../tests/fixtures/indicatorWorkbook';
import { readIndicatorWorkbook } from './indicatorWorkbook';
import { readProvinceIndicatorTable, recogniseIndicatorTables, type KnownIndicator } from './indicatorTable';
import { indicatorImportChange, layerIndicatorBooks } from './indicatorLayers';
import { csvTable, pastedTable, sheetCell, type SourceTable } from './sourceTable';
import { readCsvGrid } from './parse';

const asSheets = (year: number): SourceTable[] =>
  fixtureSheets(year).map((s) => ({ kind: 'sheet' as const, name: s.name, rows: s.rows, place: (r: number, c: number) => ({ vi: sheetCell(s.name, r, c), en: sheetCell(s.name, r, c) }) }));
const sheet = (name: string, rows: string[][]): SourceTable => ({ kind: 'sheet', name, rows, place: (r, c) => ({ vi: sheetCell(name, r, c), en: sheetCell(name, r, c) }) });
const b2016 = readIndicatorWorkbook(asSheets(2016), 'PCI_2016.xlsx', 2016, defaultCatalogue);
const b2015 = readIndicatorWorkbook(asSheets(2015), 'PCI_2015.xlsx', 2015, defaultCatalogue);
const known: KnownIndicator[] = buildIndicatorCatalogue([b2015, b2016]).map((e) => ({ component: e.component, code: e.code, labels: e.labels.map((l) => l.vi), unit: e.unit }));

/** Quảng Ninh's PCI 2016 profile as VCCI prints one: sub-index rows with their score, then indicators with median and best. */
const profile2016: string[][] = [
  ['HỒ SƠ PCI 2016 — TỈNH QUẢNG NINH'],
  ['Chỉ tiêu', 'Mã', 'Quảng Ninh', 'Trung vị', 'Tốt nhất'],
  ['Chỉ số thành phần 2: Tiếp cận đất đai', '', '6,07', '5,77', '7,21'],
  ['% DN có mặt bằng kinh doanh và có Giấy chứng nhận quyền sử dụng đất', 'LURC', '50,66%', '47,10%', '62,10%'],
  ['Số ngày chờ đợi để được cấp Giấy CNQSDĐ (trung vị)', '', '29,67', '31,15', '23,95'],
  ['% DN gặp khó khăn về mặt bằng do giải phóng mặt bằng chậm', 'LA_clear', '12,5%', '20%', '5%'],
  ['Chỉ số thành phần 9: Chi phí thời gian', '', '6,86', '6,30', '7,70'],
  ['Số cuộc thanh tra, kiểm tra (trung vị)', 'tc_inspect', 'N/A', '2,9', '2,2'],
];

describe('recognising the destination', () => {
  it('VCCI workbooks (one sheet per sub-index, codes in row 3) are indicator workbooks, 2015 and 2016', () => {
    expect(recogniseIndicatorTables(asSheets(2016), 'PCI_2016.xlsx', defaultCatalogue)).toEqual({ kind: 'vcci-workbook', table: 'Tiep can dat dai' });
    expect(recogniseIndicatorTables(asSheets(2015), 'pci-indicators-2015.xlsx', defaultCatalogue).kind).toBe('vcci-workbook');
  });

  it('a wide score table with a land-access column is a score table, not indicators (provinces from its second row; figures in row 3)', () => {
    const rows = [['Tỉnh', 'Tiếp cận đất đai', 'Chi phí thời gian'], ...fixtureSheets(2016)[1].rows.slice(3).map((r) => [r[1], r[2], '6,1'])];
    expect(recogniseIndicatorTables([sheet('PCI 2016', rows)], 'pci-2016.xlsx', defaultCatalogue).kind).toBeNull();
    expect(recogniseIndicatorTables([pastedTable(rows)], 'paste', defaultCatalogue).kind).toBeNull();
  });

  it('a score table headed by short English names of sub-indices (Entry, Land, Time) is a score table, not codes', () => {
    const rows = [['Province', 'PCI', 'Entry', 'Land', 'Time'], ...fixtureSheets(2016)[1].rows.slice(3).map((r) => [r[1], '60', '7', r[2], '6'])];
    expect(recogniseIndicatorTables([sheet('PCI 2016', rows)], 'pci-2016.xlsx', defaultCatalogue).kind).toBeNull();
  });

  it('a later edition may move its header rows (a title above, codes right under the labels): still a VCCI workbook, read the same', () => {
    const [, land] = fixtureSheets(2016);
    const moved = [['PCI 2016 — CSTP2 Tiếp cận đất đai'], land.rows[0], land.rows[2], ...land.rows.slice(3)];
    expect(recogniseIndicatorTables([sheet('Sheet1', moved)], 'PCI_2016_new.xlsx', defaultCatalogue).kind).toBe('vcci-workbook');
    const book = readIndicatorWorkbook([sheet('Sheet1', moved)], 'PCI_2016_new.xlsx', 2016, defaultCatalogue);
    expect(book.sheets).toEqual([{ name: 'Sheet1', component: 'land_access', provinces: 63, indicators: 4 }]);
    expect(book.indicators.map((i) => i.code)).toEqual(['LURC', 'LURC_days', 'LURC_detered', 'land_new']);
    expect(book.indicators[0].place).toBe('Sheet1!D2');
    const qn = (b: typeof book) => b.figures.filter((f) => f.unit === b.figures.find((x) => x.code === 'LURC' && x.value === 0.5066)?.unit);
    expect(qn(book)).toEqual(qn(b2016).filter((f) => f.component === 'land_access'));
  });

  it('a one-province profile is a one-province indicator table (its header names the indicator column), in a sheet, a CSV or a paste', () => {
    expect(recogniseIndicatorTables([sheet('Ho so', profile2016)], 'ho-so.xlsx', defaultCatalogue).kind).toBe('province-table');
    expect(recogniseIndicatorTables([pastedTable(profile2016)], 'paste', defaultCatalogue).kind).toBe('province-table');
    const csv = profile2016.map((r) => r.map((c) => `"${c}"`).join(',')).join('\n');
    expect(recogniseIndicatorTables([csvTable(readCsvGrid(csv, 'qn.csv'))], 'qn.csv', defaultCatalogue).kind).toBe('province-table');
  });
});

describe('one-province indicator table (Quảng Ninh PCI 2016 profile)', () => {
  const read = readProvinceIndicatorTable(sheet('Ho so', profile2016), 'ho-so-qn.xlsx', defaultCatalogue, known);

  it('province and year from the title (Quảng Ninh, 2016); the value column is Quảng Ninh\'s, not the median or the best', () => {
    expect(read.year).toBe(2016);
    expect(read.province).toBe(defaultCatalogue.units.find((u) => u.vi === 'Quảng Ninh' && u.validTo !== null)?.id);
    const lurc = read.rows.find((r) => r.code === 'LURC')!;
    // 50,66% printed; the workbook holds the share 0.5066 (= 0.1 × 6.066298 − 0.1, rounded): divided by 100.
    expect(lurc.value).toBe(0.5066);
    expect(lurc.fromPercent).toBe(true);
    expect(b2016.figures.find((f) => f.unit === read.province && f.code === 'LURC')?.value).toBe(0.5066);
  });

  it('a row without a code matches by its label (29,67 days = 60 − 5 × 6.066298); a missing value stays missing, never 0', () => {
    expect(read.rows.find((r) => r.label.startsWith('Số ngày'))).toMatchObject({ matched: 'land_access.LURC_days', value: 29.67 });
    expect(read.rows.find((r) => r.code === 'tc_inspect')).toMatchObject({ matched: 'time_costs.tc_inspect', component: 'time_costs', value: null });
  });

  it('sub-index rows give the province\'s printed sub-index score (6,07 land access, 6,86 time costs), not an indicator', () => {
    expect(read.book?.subIndexScores).toEqual([
      { unit: read.province, component: 'land_access', value: 6.07 },
      { unit: read.province, component: 'time_costs', value: 6.86 },
    ]);
    expect(read.book?.figures.map((f) => `${f.component}.${f.code}`)).toEqual(['land_access.LURC', 'land_access.LURC_days', 'time_costs.tc_inspect']);
  });

  it('a row matching no known indicator is listed with its place (Ho so!A6), not dropped and not imported', () => {
    const row = read.rows.find((r) => r.code === 'LA_clear')!;
    expect(row).toMatchObject({ matched: null, component: 'land_access', value: 12.5, printed: '12,5%' });
    const notice = read.problems.find((p) => p.code === 'indicator-row-unmatched')!;
    expect(notice.severity).toBe('warning');
    expect(notice.place?.en).toBe('Ho so!A6');
    expect(notice.message.vi).toContain('% DN gặp khó khăn');
    expect(notice.message.en).toContain('matches no known indicator');
  });

  it('a value that is not a number is an error at its cell, in both languages', () => {
    const bad = profile2016.map((r) => [...r]);
    bad[3][2] = 'năm mươi';
    const p = readProvinceIndicatorTable(pastedTable(bad), 'paste', defaultCatalogue, known).problems.find((x) => x.severity === 'error')!;
    expect(p.place).toEqual({ vi: 'dòng dán 4, cột 3', en: 'pasted row 4, column 3' });
    expect(p.message.vi).toBe('Giá trị "năm mươi" của chỉ tiêu "% DN có mặt bằng kinh doanh và có Giấy chứng nhận quyền sử dụng đất" không phải là số');
  });

  it('without a province anywhere, the table asks for one; the user\'s choice is then used', () => {
    const anonymous = [['Chỉ tiêu', 'Mã', 'Giá trị 2016'], ...profile2016.slice(2).map((r) => r.slice(0, 3))];
    const first = readProvinceIndicatorTable(pastedTable(anonymous), 'paste', defaultCatalogue, known);
    expect(first.problems.map((p) => p.code)).toContain('indicator-table-needs-province');
    expect(first.book).toBeNull();
    const id = defaultCatalogue.units.find((u) => u.vi === 'Quảng Ninh')!.id;
    const chosen = readProvinceIndicatorTable(pastedTable(anonymous), 'paste', defaultCatalogue, known, { province: id });
    expect(chosen.year).toBe(2016);
    expect(chosen.book?.figures).toHaveLength(3);
  });
});

describe('layering indicator imports', () => {
  it('a later one-province table replaces the workbook\'s figure for that province only; removing it uncovers the workbook\'s', () => {
    const read = readProvinceIndicatorTable(sheet('Ho so', profile2016), 'ho-so-qn.xlsx', defaultCatalogue, known);
    const edited = { ...read.book!, figures: read.book!.figures.map((f) => (f.code === 'LURC' ? { ...f, value: 0.6 } : f)) };
    expect(indicatorImportChange([b2016], edited)).toEqual({ added: 0, replaced: 1, unchanged: 2 });
    const [layered] = layerIndicatorBooks([b2016, edited]);
    expect(layered.figures.find((f) => f.unit === read.province && f.code === 'LURC')?.value).toBe(0.6);
    expect(layered.figures).toHaveLength(b2016.figures.length);
    expect(layered.indicators.find((i) => i.code === 'LURC_days')?.label.vi).toBe('Số ngày chờ đợi để được cấp Giấy CNQSDĐ (trung vị)');
    expect(layerIndicatorBooks([b2016])[0].figures.find((f) => f.unit === read.province && f.code === 'LURC')?.value).toBe(0.5066);
  });
});
