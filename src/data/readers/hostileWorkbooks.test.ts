/**
 * Hostile workbooks from the fuzzing run of issue 22 (tests/fixtures/hostileWorkbooks.ts builds them, a few KB
 * each): each is read within the limits, as its figures or as one located problem, and the next good workbook
 * still reads.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { analyseInspected, inspectTables } from '@/data/importParsing';
import { hostileWorkbooks, SMALL_TABLE } from '../../../tests/fixtures/hostileWorkbooks';
import { pciWorkbook } from '../../../tests/fixtures/tables';
import { readTables } from './index';
import { withinBudgetAsync } from '@/domain/import/readerBudget';

const books = hostileWorkbooks();
const read = (name: string) => readTables('spreadsheet', books[name], name);
const composites = SMALL_TABLE.slice(1).map((r) => r[1]);

async function figures(name: string) {
  const { tables, issues } = await read(name);
  expect(issues).toEqual([]);
  const { analysis, scores } = analyseInspected(inspectTables(tables, name, defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []);
  expect(analysis.errorCount).toBe(0);
  return { tables, scores };
}

describe('a sheet is the cells it holds, never the range it declares', () => {
  it('a cell at XFD1048576 adds one row and one column: the five PCI 2016 composites read (Đà Nẵng 70), the far cell keeps its address', async () => {
    const { tables, scores } = await figures('far-cell.xlsx');
    expect(scores.map((s) => s.value)).toEqual(composites);
    const sheet = tables[0];
    expect(sheet.rows.length * sheet.rows[0].length).toBeLessThan(30);
    expect(sheet.place(sheet.rows.length - 1, sheet.rows[0].length - 1).en).toBe('PCI 2016!XFD1048576');
  });
  it('a dimension claiming A1:XFD1048576 adds nothing', async () => {
    const { tables, scores } = await figures('whole-dimension.xlsx');
    expect(scores.map((s) => s.value)).toEqual(composites);
    expect(tables[0].rows).toHaveLength(SMALL_TABLE.length);
  });
  it('a merge E1:XFD1048576 fills only rows and columns that hold cells', async () => {
    const { tables, scores } = await figures('whole-merge.xlsx');
    expect(scores.map((s) => s.value)).toEqual(composites);
    expect(tables[0].rows[0]).toHaveLength(2);
  });
});

describe('past a limit, one located problem and nothing read', () => {
  it.each([
    ['whitespace-400mb.xlsx', 'size once decompressed of at least 400 MB', 'whole file'],
    ['whitespace-understated.xlsx', 'one run of text (in a cell or between cells) of at least 1 MB', 'sheet 1'],
    ['whitespace-150mb.xlsx', 'one run of text (in a cell or between cells) of at least 1 MB', 'sheet 1'],
    ['shared-string-300mb.xlsx', 'size once decompressed of at least 300 MB', 'whole file'],
    ['ods-repeat-bomb.ods', 'cells holding data of at least 17,179,869,188', 'whole file'],
  ])('%s: "%s" at %s', async (name, what, where) => {
    const { tables, issues } = await read(name);
    expect(tables).toEqual([]);
    expect(issues.map((p) => [p.code, p.severity, p.place?.en])).toEqual([['workbook-limit', 'error', where]]);
    expect(issues[0].message.en).toContain(what);
    expect(issues[0].message.vi).toContain('Hãy mở bằng Excel');
  });

  it('each hostile workbook is answered within the readers\' budget (2 s), as the worker reads it', async () => {
    for (const [k, name] of Object.keys(books).entries()) {
      const { tables, issues } = await withinBudgetAsync(name, k, books[name].length, () => read(name));
      expect(tables.length + issues.length, name).toBeGreaterThan(0);
    }
  }, 30_000);

  it('after every hostile workbook, the next good one reads: PCI 2016, 693 figures', async () => {
    for (const name of Object.keys(books)) await read(name);
    const { tables, issues } = await readTables('spreadsheet', await pciWorkbook(), 'pci-2016.xlsx');
    expect(issues).toEqual([]);
    const { scores } = analyseInspected(inspectTables(tables, 'pci-2016.xlsx', defaultCatalogue), defaultCatalogue, { index: 'PCI', year: 2016 }, []);
    expect(scores).toHaveLength(693);
  }, 30_000);
});

describe('formulas', () => {
  it('saved without values (written by a script): reported with their cells and what to do, never read as blanks', async () => {
    const { tables } = await read('formulas-without-values.xlsx');
    const { inspection } = inspectTables(tables, 'f.xlsx', defaultCatalogue);
    expect(inspection.issues.map((p) => [p.code, p.severity, p.place?.vi])).toEqual([['formula-without-value', 'error', 'trang tính "PCI 2016"']]);
    expect(inspection.issues[0].message.vi).toContain('3 ô có công thức nhưng không lưu giá trị (C2, C3, C4)');
    expect(inspection.issues[0].message.vi).toContain('Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại');
  });
  it('saved with their values: the values are read (62, 63, 64)', async () => {
    const { scores } = await figures('formulas-with-values.xlsx');
    expect(scores.map((s) => s.value)).toEqual([62, 63, 64]);
  });
});
