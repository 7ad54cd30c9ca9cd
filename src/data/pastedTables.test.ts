import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { inspectTables } from '@/data/importParsing';
import { expandPasted, pastedTables, rowsAsPasted, type PastedRows } from '@/domain/import/pasteGrid';

const cell = (text: string, rowSpan = 1, colSpan = 1) => ({ text, rowSpan, colSpan });

describe('merged cells fill the rows and columns they span, within the table', () => {
  it('a two-row header "Chỉ số thành phần" over two columns reads per column', () => {
    const rows: PastedRows = [[cell('Tỉnh', 2), cell('Chỉ số thành phần', 1, 2)], [cell('Gia nhập'), cell('Đất đai')], [cell('Huế'), cell('7,1'), cell('6,2')]];
    expect(expandPasted(rows)).toEqual({ rows: [['Tỉnh', 'Chỉ số thành phần', 'Chỉ số thành phần'], ['Tỉnh', 'Gia nhập', 'Đất đai'], ['Huế', '7,1', '6,2']] });
  });
  it('the 134-byte paste with rowspan=65534 colspan=1000: two rows of 1,001 cells, not 65 million', () => {
    const rows: PastedRows = [[cell('x', 65534, 1000)], [cell('y')]];
    const out = expandPasted(rows);
    expect('rows' in out && out.rows.map((r) => r.length)).toEqual([1000, 1001]);
  });
  it('rowspan 0 runs to the last row; colspan past 1,000 is 1,000; a negative span is 1', () => {
    const out = expandPasted([[cell('a', 0), cell('b', 1, 5000)], [cell('c', -3, -1)], [cell('d')]]);
    expect('rows' in out && out.rows.map((r) => r.length)).toEqual([1001, 2, 2]);
    expect('rows' in out && out.rows[2].slice(0, 2)).toEqual(['a', 'd']);
  });
  it('a table expanding past 500,000 cells is one located problem (3,000 rows × colspan 1,000)', () => {
    const rows: PastedRows = Array.from({ length: 3000 }, () => [cell('x', 1, 1000)]);
    const { tables, issues } = pastedTables([rows], 'bảng dán');
    expect(tables).toEqual([]);
    expect(issues.map((p) => p.code)).toEqual(['paste-too-large']);
    expect(issues[0].message.vi).toContain('3.000.000 ô');
    expect(issues[0].message.en).toContain('3,000,000 cells');
  });
});

describe('a paste holding several tables lets the user choose', () => {
  const layout: PastedRows = [[cell('Trang chủ'), cell('Tin tức')], [cell('Liên hệ'), cell('Tìm kiếm')], [cell('a'), cell('b')], [cell('c'), cell('d')]];
  const scores = rowsAsPasted([['Tỉnh/Thành phố', 'PCI'], ['Đà Nẵng', '70,00'], ['Quảng Ninh', '65,60'], ['Đồng Tháp', '64,78']]);
  it('the table naming provinces is read, both are listed, each place says which table ("bảng 2, dòng dán 2")', () => {
    const { tables } = pastedTables([layout, scores], 'bảng dán');
    const { inspection } = inspectTables(tables, 'bảng dán', defaultCatalogue);
    expect(inspection.sheets).toEqual([{ name: '1', provinces: 0 }, { name: '2', provinces: 3 }]);
    expect(inspection.sheet).toBe('2');
    expect(inspection.dataRows).toBe(3);
    expect(tables[1].place(1, 0).vi).toBe('bảng 2, dòng dán 2, cột 1');
  });
  it('the other table can be chosen', () => {
    const { tables } = pastedTables([layout, scores], 'bảng dán');
    expect(inspectTables(tables, 'bảng dán', defaultCatalogue, '1').inspection.sheet).toBe('1');
  });
  it('a single table is not listed and its places say only the row', () => {
    const { tables } = pastedTables([scores], 'bảng dán');
    expect(inspectTables(tables, 'bảng dán', defaultCatalogue).inspection.sheets).toBeUndefined();
    expect(tables[0].place(1, 0).vi).toBe('dòng dán 2, cột 1');
  });
});
