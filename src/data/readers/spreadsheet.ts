/**
 * Workbooks (.xlsx, .xls, .ods) read with SheetJS (`@e965/xlsx`: the SheetJS 0.20.3 build republished on
 * the npm registry under a maintained name; the `xlsx@0.18.5` package left on the registry carries
 * published advisories). Loaded with `import()` only when a workbook is imported, so the first screen's
 * JavaScript does not carry it.
 *
 * Each sheet becomes a SourceTable: every cell as text, numbers at their full stored precision (the value,
 * not the two decimals the cell shows), merged cells filled with their value so a two-row header reads
 * per column, and each cell's place in spreadsheet terms (`PCI 2016!M12`).
 *
 * Rules that keep a hostile file small (issue 22: a 4 KB workbook once took minutes and gigabytes):
 * - the zip is measured before SheetJS sees it (zipCheck.ts) against WORKBOOK_LIMITS; past a limit the
 *   file is a located problem saying which limit and by how much, and nothing else is read;
 * - a sheet is the cells it holds, never the range it declares: the rows and columns that hold a cell
 *   (in the order of the sheet; a run of empty rows kept as one empty row, so a title stays apart from its
 *   header), each cell still placed by its true address. A cell at XFD1048576 adds one row and one column;
 *   a dimension or a merge claiming the whole sheet adds nothing;
 * - a merge fills only rows and columns that hold cells;
 * - a formula saved without its value (a workbook written by a script and never opened in Excel) is not
 *   a blank: each such sheet carries a problem listing its cells and saying what to do. A formula with its
 *   value reads as the value.
 */
import { decimalsOfText } from '@/domain/import/precision';
import { problem } from '@/domain/import/problems';
import { columnLetters, sheetCell, type SourceTable } from '@/domain/import/sourceTable';
import type { Problem } from '@/domain/catalogue/types';
import { checkZip, type LimitPassed, type ZipLimits } from './zipCheck';

export interface WorkbookLimits extends ZipLimits {
  /** Size of the file itself. */
  fileBytes: number;
  /** Rows × columns of a sheet once its empty rows and columns are left out. */
  gridCells: number;
  /** Merged ranges in one sheet. */
  merges: number;
}

/**
 * The largest workbook read. A published table (63 provinces, a few dozen columns) is a few thousand
 * cells; a long-format workbook of every index and year a few hundred thousand.
 */
export const WORKBOOK_LIMITS: WorkbookLimits = {
  fileBytes: 100 * 1024 * 1024,
  uncompressedBytes: 200 * 1024 * 1024,
  // Excel holds at most 32,767 characters in a cell (up to 3 bytes each, plus markup entities).
  textRunBytes: 1024 * 1024,
  cells: 2_000_000,
  gridCells: 4_000_000,
  sheets: 255,
  merges: 100_000,
};

interface SheetCell {
  t: string;
  v?: unknown;
  w?: string;
  f?: string;
}

export interface WorkbookRead {
  tables: SourceTable[];
  /** A limit passed (the workbook is not read at all). */
  issues: Problem[];
}

const LIMIT_NAMES: Record<LimitPassed['limit'] | 'fileBytes' | 'gridCells' | 'merges', { vi: string; en: string; unit: 'bytes' | 'count' }> = {
  fileBytes: { vi: 'kích thước tệp', en: 'file size', unit: 'bytes' },
  uncompressedBytes: { vi: 'dung lượng sau khi giải nén', en: 'size once decompressed', unit: 'bytes' },
  textRunBytes: { vi: 'một đoạn chữ liền (trong một ô hay giữa các ô)', en: 'one run of text (in a cell or between cells)', unit: 'bytes' },
  cells: { vi: 'số ô có dữ liệu', en: 'cells holding data', unit: 'count' },
  gridCells: { vi: 'số ô của bảng (hàng × cột có dữ liệu)', en: 'cells of the table (rows × columns holding data)', unit: 'count' },
  sheets: { vi: 'số trang tính', en: 'sheets', unit: 'count' },
  merges: { vi: 'số vùng ô gộp', en: 'merged ranges', unit: 'count' },
};

function figure(n: number, unit: 'bytes' | 'count', lang: 'vi' | 'en'): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-US';
  if (unit === 'count') return n.toLocaleString(locale);
  const mb = n / (1024 * 1024);
  return mb >= 1 ? `${mb.toLocaleString(locale, { maximumFractionDigits: 0 })} MB` : `${Math.ceil(n / 1024).toLocaleString(locale)} KB`;
}

function limitProblem(file: string, passed: LimitPassed | { limit: 'fileBytes' | 'gridCells' | 'merges'; found: number; max: number; sheet?: number; sheetName?: string }): Problem {
  const name = LIMIT_NAMES[passed.limit];
  const sheetName = 'sheetName' in passed ? passed.sheetName : undefined;
  const where = sheetName ? { vi: `trang tính "${sheetName}"`, en: `sheet "${sheetName}"` } : passed.sheet ? { vi: `trang tính thứ ${passed.sheet}`, en: `sheet ${passed.sheet}` } : { vi: 'toàn tệp', en: 'whole file' };
  const p = problem('workbook-limit', { file, line: 0, column: 0 }, {
    what: name.vi,
    found: figure(passed.found, name.unit, 'vi'),
    max: figure(passed.max, name.unit, 'vi'),
  });
  const en = problem('workbook-limit', { file, line: 0, column: 0 }, { what: name.en, found: figure(passed.found, name.unit, 'en'), max: figure(passed.max, name.unit, 'en') });
  return { ...p, message: { vi: p.message.vi, en: en.message.en }, place: where };
}

/** A cell that holds something: a value, or a formula (with or without its value). */
function holds(cell: SheetCell | undefined): cell is SheetCell {
  if (!cell) return false;
  if (cell.f !== undefined) return true;
  if (cell.t === 'z') return false;
  return cell.v !== undefined && cell.v !== null && !(cell.t === 's' && cell.v === '');
}

function withoutValue(cell: SheetCell): boolean {
  return cell.f !== undefined && (cell.t === 'z' || cell.v === undefined || cell.v === null);
}

function cellText(cell: SheetCell | undefined): string {
  if (!cell || withoutValue(cell) || cell.t === 'z') return '';
  if (cell.v === undefined || cell.v === null) return cell.w ?? '';
  if (cell.t === 'n') {
    // Full precision: String(70.001396) is the shortest text that reads back as the stored double; a stored
    // 5.1 shown "5.10" keeps the two decimals it is shown with, so its printed precision is not lost (precision.ts).
    const text = String(cell.v);
    const shown = decimalsOfText(cell.w) ?? 0;
    const has = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
    if (text.includes('e') || shown <= has) return text;
    return (text.includes('.') ? text : `${text}.`) + '0'.repeat(shown - has);
  }
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  if (cell.t === 'd') return cell.w ?? String(cell.v);
  return String(cell.v);
}

/** Index of the first value ≥ x in a sorted array. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indices an array holds, in order. A row reaching a far cell (XFD1048576) is a sparse array a million long:
 * walking it index by index took 200 ms for a 2 KB file; its keys are only the cells it holds.
 */
function heldIndices(xs: readonly unknown[]): number[] {
  const out: number[] = [];
  if (xs.length <= 4096) {
    for (let i = 0; i < xs.length; i++) if (xs[i] !== undefined) out.push(i);
    return out;
  }
  for (const key of Object.keys(xs)) {
    const i = Number(key);
    if (Number.isInteger(i)) out.push(i);
  }
  return out;
}

/** Cells listed in a message: the first few, then how many more. */
const CELLS_LISTED = 8;

function readSheet(name: string, sheet: Record<string, unknown>, file: string, limits: WorkbookLimits): { table?: SourceTable; issues: Problem[] } {
  const data = (sheet['!data'] ?? []) as (SheetCell[] | undefined)[];
  const usedRows: number[] = [];
  const usedColumns = new Set<number>();
  const formulas: string[] = [];
  let formulaCount = 0;
  for (const r of heldIndices(data)) {
    const row = data[r];
    if (!row) continue;
    let any = false;
    for (const c of heldIndices(row)) {
      const cell = row[c];
      if (!holds(cell)) continue;
      any = true;
      usedColumns.add(c);
      if (withoutValue(cell)) {
        formulaCount++;
        if (formulas.length < CELLS_LISTED) formulas.push(`${columnLetters(c)}${r + 1}`);
      }
    }
    if (any) usedRows.push(r);
  }
  const columns = [...usedColumns].sort((a, b) => a - b);
  // Rows of the table: every used row, with one empty row for each run of empty rows between two.
  const sheetRows: number[] = [];
  for (const r of usedRows) {
    const last = sheetRows[sheetRows.length - 1];
    if (last !== undefined && r > last + 1) sheetRows.push(last + 1);
    sheetRows.push(r);
  }
  if (sheetRows.length * columns.length > limits.gridCells) {
    return { issues: [limitProblem(file, { limit: 'gridCells', found: sheetRows.length * columns.length, max: limits.gridCells, sheetName: name })] };
  }
  const merges = (sheet['!merges'] ?? []) as { s: { r: number; c: number }; e: { r: number; c: number } }[];
  if (merges.length > limits.merges) return { issues: [limitProblem(file, { limit: 'merges', found: merges.length, max: limits.merges, sheetName: name })] };

  const rows: string[][] = sheetRows.map((r) => {
    const row = data[r];
    return columns.map((c) => cellText(row?.[c]));
  });
  // A merge fills the rows and columns of the table it covers; work is bounded by the table's size per merge and in all.
  let filled = 0;
  for (const m of merges) {
    const value = cellText(data[m.s.r]?.[m.s.c]);
    if (value === '') continue;
    for (let i = lowerBound(sheetRows, m.s.r); i < sheetRows.length && sheetRows[i] <= m.e.r; i++) {
      for (let k = lowerBound(columns, m.s.c); k < columns.length && columns[k] <= m.e.c; k++) {
        rows[i][k] = value;
        if (++filled > limits.gridCells) return { issues: [limitProblem(file, { limit: 'gridCells', found: filled, max: limits.gridCells, sheetName: name })] };
      }
    }
  }
  const place = (row: number, column: number) => {
    const sheetRow = sheetRows[row] ?? row;
    const text = sheetCell(name, sheetRow, column >= 0 ? (columns[column] ?? column) : -1);
    return { vi: text, en: text };
  };
  const issues: Problem[] = [];
  if (formulaCount > 0) {
    const listed = formulas.join(', ') + (formulaCount > formulas.length ? ` … (${formulaCount})` : '');
    const p = problem('formula-without-value', { file, line: 0, column: 0 }, { cells: listed, count: formulaCount });
    issues.push({ ...p, place: { vi: `trang tính "${name}"`, en: `sheet "${name}"` } });
  }
  return { table: { kind: 'sheet', name, rows, place, issues }, issues: [] };
}

export async function readSpreadsheet(bytes: Uint8Array, file = 'workbook', limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<WorkbookRead> {
  if (bytes.length > limits.fileBytes) return { tables: [], issues: [limitProblem(file, { limit: 'fileBytes', found: bytes.length, max: limits.fileBytes })] };
  const passed = await checkZip(bytes, limits);
  if (passed) return { tables: [], issues: [limitProblem(file, passed)] };
  const XLSX = await import('@e965/xlsx');
  // Dense: a sheet is arrays of the cells it holds, never an object keyed by every address of its range.
  // Stubs and formulas: a formula cell without a value must be seen to be reported.
  const book = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: true, sheetStubs: true, cellHTML: false, cellStyles: false, cellNF: false });
  if (book.SheetNames.length > limits.sheets) return { tables: [], issues: [limitProblem(file, { limit: 'sheets', found: book.SheetNames.length, max: limits.sheets })] };
  const tables: SourceTable[] = [];
  for (const name of book.SheetNames) {
    const read = readSheet(name, book.Sheets[name] as unknown as Record<string, unknown>, file, limits);
    if (read.issues.length) return { tables: [], issues: read.issues };
    if (read.table) tables.push(read.table);
  }
  return { tables, issues: [] };
}
