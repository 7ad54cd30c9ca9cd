import { describe, expect, it } from 'vitest';
import { defaultCatalogue, getIndex } from '../catalogue/catalogue';
import { columnLetters, locateTable, sheetCell, type SourceTable } from './sourceTable';
import { wideToScores } from './wide';

const table = (rows: string[][], name = 'Bảng'): SourceTable => ({ kind: 'sheet', name, rows, place: (r, c) => ({ vi: sheetCell(name, r, c), en: sheetCell(name, r, c) }) });
const pci = getIndex(defaultCatalogue, 'PCI');

describe('locateTable: the table under its title, with a two-row header', () => {
  // PCI 2016 as published (two decimals): Đà Nẵng 70.00 (1), Quảng Ninh 65.60 (2), Đồng Tháp 64.96 (3).
  const rows = [
    ['BẢNG XẾP HẠNG PCI 2016', '', '', ''],
    ['', '', '', ''],
    ['STT', 'Tỉnh/Thành phố', 'Chỉ số thành phần', 'Điểm số PCI'],
    ['STT', 'Tỉnh/Thành phố', 'Gia nhập thị trường', 'Điểm số PCI'],
    ['1', 'Đà Nẵng', '9.22', '70.00'],
    ['Đồng bằng sông Hồng', '', '', ''],
    ['2', 'Quảng Ninh', '9.28', '65.60'],
    ['STT', 'Tỉnh/Thành phố', 'Gia nhập thị trường', 'Điểm số PCI'],
    ['3', 'Đồng Tháp', '8.98', '64.96'],
    ['(*) Nguồn: VCCI', '', '', ''],
  ];
  const located = locateTable(table(rows), 'f.xlsx', defaultCatalogue);
  it('title rows are titles; the header joins the two rows per column, a merged-down cell once', () => {
    expect(located.titles).toEqual(['BẢNG XẾP HẠNG PCI 2016']);
    expect(located.grid.rows[0]).toEqual(['STT', 'Tỉnh/Thành phố', 'Chỉ số thành phần — Gia nhập thị trường', 'Điểm số PCI']);
  });
  it('three data rows keep their sheet rows (5, 7, 9); the region heading, repeated header and footnote are notices', () => {
    expect(located.grid.rows.slice(1).map((r) => r[1])).toEqual(['Đà Nẵng', 'Quảng Ninh', 'Đồng Tháp']);
    expect(located.grid.lines).toEqual([4, 5, 7, 9]);
    expect(located.notices.map((p) => `${p.code} ${p.place?.en}`)).toEqual(['footnote-row Bảng!6:6', 'repeated-header Bảng!8:8', 'footnote-row Bảng!10:10', 'numbering-column Bảng!A4']);
    expect(located.notices.every((p) => p.severity === 'warning')).toBe(true);
  });
  it('a grid problem maps back to its cell: Đồng Tháp\'s composite is Bảng!D9', () => {
    expect(located.placeOf(9, 4)?.en).toBe('Bảng!D9');
  });
  it('column letters: A, Z, AA, AZ', () => {
    expect([0, 25, 26, 51].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ']);
    expect(sheetCell('PCI 2016', 11, 12)).toBe('PCI 2016!M12');
    expect(sheetCell('Bảng 1 (2016)', 0, 0)).toBe("'Bảng 1 (2016)'!A1");
  });
});

describe('a 34-unit 2025 table headed "Điểm số PCI 2025" with printed name variants', () => {
  // Name recognition only: the scores are placeholders (60 + position / 10), not published figures.
  const printed = [
    'Thủ đô Hà Nội', 'Tỉnh Cao Bằng', 'TUYÊN QUANG', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Lào Cai', 'Thai Nguyen', 'Lạng Sơn', 'Quảng Ninh',
    'Bắc Ninh', 'Phú Thọ', 'TP. Hải Phòng', 'Hưng Yên', 'Ninh Bình', 'Thanh Hoá', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Thành phố Huế',
    'TP Đà Nẵng', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hoà', 'Đắk Lắk', 'Lâm Đồng', 'Đồng Nai', 'TP.HCM', 'Tây Ninh', 'Đồng Tháp',
    'Vĩnh Long', 'An Giang', 'Thành phố Cần Thơ', 'Cà Mau',
  ];
  const rows = [['Bảng xếp hạng PCI 2025'], ['STT', 'Tỉnh, thành phố', 'Điểm số PCI 2025', 'Xếp hạng 2025'], ...printed.map((name, i) => [String(i + 1), name, (60 + i / 10).toFixed(2).replace('.', ','), String(i + 1)])];
  it('all 34 units resolve and carry a composite and a rank', () => {
    const { grid } = locateTable(table(rows, 'PCI 2025'), 'f.xlsx', defaultCatalogue);
    const r = wideToScores(grid, 'f.xlsx', defaultCatalogue, { index: 'PCI', year: 2025, indexDef: pci });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    const composites = r.rows.filter((s) => s.component === 'total' && s.value !== null);
    expect(composites).toHaveLength(34);
    expect(new Set(composites.map((s) => s.unit)).size).toBe(34);
    expect(composites.every((s) => s.unit.startsWith('n'))).toBe(true);
  });
  it('the headers name 2025: read with 2024 given as the year, the figures still go to PCI 2025', () => {
    const { grid } = locateTable(table(rows, 'PCI 2025'), 'f.xlsx', defaultCatalogue);
    const r = wideToScores(grid, 'f.xlsx', defaultCatalogue, { index: 'PCI', year: 2024, indexDef: pci });
    expect(new Set(r.rows.map((s) => s.year))).toEqual(new Set([2025]));
    expect(r.rows.filter((s) => s.component === 'total')).toHaveLength(34);
});
});
