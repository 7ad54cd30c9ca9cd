/**
 * Indicator tables as the worker reads them (readIndicatorTables): a one-province profile printed to a text PDF by
 * Chromium, read by the import's PDF reader, then the one-province reader. Known indicators come from the LAYOUT
 * FIXTURE workbooks (tests/fixtures/indicatorWorkbook.ts: the real PCI 2015/2016 sub-index scores shipped in
 * data/scores/, made-up indicator values); Quảng Ninh's 2016 land-access score 6,07 is the real one, rounded.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { buildIndicatorCatalogue } from '@/domain/analysis/indicatorCatalogue';
import { readIndicatorWorkbook } from '@/domain/import/indicatorWorkbook';
import { sheetCell, type SourceTable } from '@/domain/import/sourceTable';
import { fixtureSheets } from '../../tests/fixtures/indicatorWorkbook';
import { printPdf } from '../../tests/fixtures/tables';
import { readIndicatorTables, type IndicatorRead } from './indicatorParsing';
import { readPdfTable } from './readers/pdf';

const asSheets = (year: number): SourceTable[] =>
  fixtureSheets(year).map((s) => ({ kind: 'sheet' as const, name: s.name, rows: s.rows, place: (r: number, c: number) => ({ vi: sheetCell(s.name, r, c), en: sheetCell(s.name, r, c) }) }));
const known = buildIndicatorCatalogue([2015, 2016].map((y) => readIndicatorWorkbook(asSheets(y), `PCI_${y}.xlsx`, y, defaultCatalogue))).map((e) => ({
  component: e.component,
  code: e.code,
  labels: e.labels.map((l) => l.vi),
  unit: e.unit,
}));

const profileHtml = `<html><head><style>td, th { padding: 2px 30px; text-align: left; white-space: nowrap }</style></head><body style="font: 10pt sans-serif"><h3>Hồ sơ PCI 2016 — tỉnh Quảng Ninh</h3>
<table style="border-collapse: collapse"><thead><tr><th>Chỉ tiêu</th><th>Mã</th><th>Quảng Ninh</th><th>Trung vị</th><th>Tốt nhất</th></tr></thead>
<tbody>
<tr><td>Tiếp cận đất đai</td><td></td><td>6,07</td><td>5,77</td><td>7,21</td></tr>
<tr><td>Tỷ lệ DN có Giấy chứng nhận quyền sử dụng đất</td><td>LURC</td><td>50,66%</td><td>48,08%</td><td>59,92%</td></tr>
<tr><td>Số ngày chờ cấp Giấy CNQSDĐ</td><td>LURC_days</td><td>29,67</td><td>30,96</td><td>25,04</td></tr>
<tr><td>DN gặp khó khăn do giải phóng mặt bằng chậm</td><td>LA_clear</td><td>12,5%</td><td>20%</td><td>5%</td></tr>
</tbody></table></body></html>`;

let read: IndicatorRead;
beforeAll(async () => {
  const pdf = await printPdf(profileHtml, { portrait: true });
  read = readIndicatorTables([await readPdfTable(pdf, 'ho-so-quang-ninh-2016.pdf')], 'ho-so-quang-ninh-2016.pdf', { known });
}, 60_000);

describe('a one-province profile as a text PDF (Quảng Ninh PCI 2016)', () => {
  it('recognised as a one-province table: Quảng Ninh, 2016, from the title', () => {
    expect(read.kind).toBe('province-table');
    expect(read.year).toBe(2016);
    expect(read.province && defaultCatalogue.units.find((u) => u.id === read.province)?.vi).toBe('Quảng Ninh');
  });

  it("the province's column is read, not the median or the best: LURC 50,66% → 0.5066, days 29.67; the sub-index score 6.07", () => {
    expect(read.book?.figures.map((f) => [f.code, f.value])).toEqual([
      ['LURC', 0.5066],
      ['LURC_days', 29.67],
    ]);
    expect(read.book?.subIndexScores).toEqual([{ unit: read.province, component: 'land_access', value: 6.07 }]);
  });

  it('the row matching no indicator is listed with its PDF place, not imported', () => {
    const row = read.rows.find((r) => r.code === 'LA_clear');
    expect(row?.matched).toBeNull();
    const notice = read.problems.find((p) => p.code === 'indicator-row-unmatched');
    expect(notice?.place?.vi).toMatch(/^trang 1, dòng \d+/);
  });
});
