/**
 * Published tables as they come out of a workbook sheet, a PDF annex or a pasted web table, turned into
 * the grid the wide-table reader takes (header row + one row per province).
 *
 * Rules:
 * - the table starts at its first data row: a row with a province name and at least one number;
 *   everything above it that is a header (two or more different texts) is the header, up to three rows
 *   (a two-row header with merged cells: "Chỉ số thành phần" over "Tiếp cận đất đai"); rows above that
 *   (titles such as "BẢNG XẾP HẠNG PCI 2016", one text across the row) are left out;
 * - a header over several rows is read per column, its parts joined by HEADER_PART_SEPARATOR, the same
 *   text repeated down a merged cell kept once;
 * - under the header: blank rows are skipped; a source or footnote row ("Nguồn: …", "Ghi chú: …", "(*) …")
 *   or a row of one text and no number (a region heading) is left out with a notice; a header repeated at
 *   a page break is left out with a notice; numbering columns ("STT") are left out by the mapping, with a
 *   notice. None of these blocks the import;
 * - each row keeps where it came from, so a problem is shown in the source's own terms (`PCI 2016!M12`,
 *   "page 2, line 5", "pasted row 7").
 */
import { resolveUnitInAnyYear, type Catalogue } from '../catalogue/catalogue';
import { HEADER_PART_SEPARATOR } from './headerMatch';
import { readNumberCell } from '../catalogue/numbers';
import type { CsvGrid } from './parse';
import { problem } from './problems';
import { foldText } from '../catalogue/text';
import type { Localised, Problem } from '../catalogue/types';

export type SourceKind = 'sheet' | 'pdf' | 'paste' | 'csv';

/** One table as a reader found it: cells as text (numbers at full precision), before any interpretation. */
export interface SourceTable {
  kind: SourceKind;
  /** Sheet name; "PDF" or "paste" for the others. */
  name: string;
  rows: string[][];
  /** Where raw cell (row, column) — both 0-based, column -1 = the whole row — sits in the source. */
  place(row: number, column: number): Localised;
  /**
   * A CSV file's physical line of each row (a quoted cell may span lines): its problems keep `FILE:LINE:COL`
   * (no `place`), and its columns are kept as they are so a column number is the file's own.
   */
  lines?: readonly number[];
  /** What the reader found wrong with this table as a whole (formulas saved without values): reported when it is read. */
  issues?: Problem[];
}

/**
 * Recognises the names a table is about, in any period: provinces for the national indices, a province's
 * departments and localities for its own indices (DDCI). A data row names one and has a number.
 */
export type UnitRecogniser = (cell: string) => boolean;

/** Province names of any period (the national indices' tables). */
export function provinceNames(catalogue: Catalogue): UnitRecogniser {
  return (cell) => resolveUnitInAnyYear(catalogue, cell) !== undefined;
}

/** A grid ready for `wideToScores`, with the way back to the source's own places. */
export interface LocatedGrid {
  grid: CsvGrid;
  /** Place of grid line `line` (as in `grid.lines`) and 1-based grid column (0 = whole row). */
  placeOf(line: number, column: number): Localised | undefined;
  /** Rows and columns left out, each with a notice (warnings: they never block the import). */
  notices: Problem[];
  /** Titles above the header ("BẢNG XẾP HẠNG PCI 2016"), for guessing the index and year. */
  titles: string[];
  /** The header as its rows (one to three, empty columns left out), for readers that read a group header apart. */
  headerRows: string[][];
  /** Each header row's line, as in `grid.lines`. */
  headerLines: number[];
}

const FOOTNOTE = /^(?:nguon|ghi chu|chu thich|luu y|source|sources|note|notes|\*)/;

function nonEmpty(row: readonly string[]): string[] {
  return row.map((c) => c.trim()).filter(Boolean);
}

function isNumeric(cell: string): boolean {
  return cell.trim() !== '' && readNumberCell(cell).kind === 'number';
}

/** A row that names a unit (a province, or a department or locality of a province's own index) and has a number. */
function isDataRow(row: readonly string[], isUnit: UnitRecogniser): boolean {
  let unit = false;
  let number = false;
  for (const cell of row) {
    const c = cell.trim();
    if (!c) continue;
    if (isNumeric(c)) number = true;
    else if (!unit && isUnit(c)) unit = true;
    if (unit && number) return true;
  }
  return false;
}

/** How many rows of a table name a unit (by default a province): a sheet with none is a notes or cover sheet. */
export function provinceRowCount(table: SourceTable, catalogue: Catalogue, isUnit: UnitRecogniser = provinceNames(catalogue)): number {
  return table.rows.filter((r) => isDataRow(r, isUnit)).length;
}

/** A section heading's own numbering: "I", "II.", "A", "B)" (a group of rows: "I | KHỐI SỞ, BAN, NGÀNH"). */
const SECTION_NUMBER = /^(?:[IVXLC]{1,6}|[A-Z])[.)]?$/;

/** One text and no number: a region heading ("Đồng bằng sông Hồng"), a title, a footnote. */
function isHeadingRow(row: readonly string[]): boolean {
  const texts = nonEmpty(row);
  return texts.length > 0 && new Set(texts).size === 1 && !isNumeric(texts[0]);
}

/** A numbered section heading: no number, its numbering and one text ("II | KHỐI SỞ, BAN, NGÀNH", merged or not). */
function isSectionRow(row: readonly string[]): boolean {
  const texts = nonEmpty(row);
  return !texts.some(isNumeric) && new Set(texts).size === 2 && SECTION_NUMBER.test(texts[0]);
}

/** Fewest province rows for a sheet to count as a province table. */
export const MIN_PROVINCE_ROWS = 3;

function isHeaderLike(row: readonly string[]): boolean {
  const texts = nonEmpty(row);
  return new Set(texts).size >= 2 && texts.filter(isNumeric).length < texts.length / 2;
}

function combineHeader(block: readonly string[][], width: number): string[] {
  const header: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (const row of block) {
      const text = (row[c] ?? '').trim().replace(/\s+/g, ' ');
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    header.push(parts.join(HEADER_PART_SEPARATOR));
  }
  return header;
}

const NUMBERING_HEADERS = new Set(['stt', 'tt', 'so tt', 'so thu tu', 'no']);

/** Find the table in a source: header, data rows, and what was left out. `isUnit` says what a data row names (provinces by default). */
export function locateTable(table: SourceTable, file: string, catalogue: Catalogue, isUnit: UnitRecogniser = provinceNames(catalogue)): LocatedGrid {
  const raw = table.rows;
  // Columns that hold anything at all (sheets often carry empty spacer columns; a CSV keeps its own columns).
  const width = raw.reduce((w, r) => Math.max(w, r.length), 0);
  const columns: number[] = [];
  for (let c = 0; c < width; c++) if (table.lines || raw.some((r) => (r[c] ?? '').trim() !== '')) columns.push(c);
  const rows = raw.map((r) => columns.map((c) => (r[c] ?? '').trim()));
  const notices: Problem[] = [];
  const lineOf = (row: number) => table.lines?.[row] ?? row + 1;
  const at = (row: number, column: number) => ({ file, line: lineOf(row), column: column + 1 });

  const firstData = rows.findIndex((r) => isDataRow(r, isUnit));
  let headerStart = Math.max(0, firstData);
  let headerEnd = headerStart; // exclusive
  if (firstData > 0) {
    // A section heading or a blank row between the header and the first data row is not header ("I | KHỐI …").
    let top = firstData;
    while (top > 0 && (nonEmpty(rows[top - 1]).length === 0 || isSectionRow(rows[top - 1]) || isHeadingRow(rows[top - 1]))) top--;
    headerEnd = top;
    headerStart = top;
    while (headerStart > 0 && headerEnd - headerStart < 3) {
      const above = rows[headerStart - 1];
      if (nonEmpty(above).length === 0 || !isHeaderLike(above)) break;
      headerStart--;
    }
  } else if (firstData === -1) {
    // No province row at all: take the first header-like row as the header so the mapping can say what is missing.
    headerStart = Math.max(0, rows.findIndex(isHeaderLike));
    headerEnd = headerStart + 1;
  }
  const block = rows.slice(headerStart, headerEnd);
  const header = block.length ? combineHeader(block, columns.length) : columns.map(() => '');
  const titles = rows.slice(0, headerStart).map((r) => nonEmpty(r).join(' ')).filter(Boolean);
  const headerKeys = new Set(block.map((r) => foldText(r.join(' '))).filter(Boolean));
  headerKeys.add(foldText(header.join(' ')));

  const gridRows: string[][] = [header];
  const lines: number[] = [headerEnd > 0 ? lineOf(headerEnd - 1) : 0];
  for (let r = Math.max(headerEnd, 0); r < rows.length; r++) {
    const row = rows[r];
    const texts = nonEmpty(row);
    if (texts.length === 0) continue;
    const folded = foldText(texts.join(' '));
    if (headerKeys.has(foldText(row.join(' '))) || (r > headerEnd && headerKeys.has(folded))) {
      notices.push(problem('repeated-header', at(r, -1), { value: texts.slice(0, 3).join(' | ') }));
      continue;
    }
    const hasNumber = texts.some(isNumeric);
    if (FOOTNOTE.test(foldText(texts[0])) || texts[0].startsWith('(*)') || (new Set(texts).size === 1 && !hasNumber)) {
      notices.push(problem('footnote-row', at(r, -1), { value: [...new Set(texts)].join(' ').slice(0, 80) }));
      continue;
    }
    if (isSectionRow(row)) {
      notices.push(problem('section-row', at(r, -1), { value: [...new Set(texts)].join(' ').slice(0, 80) }));
      continue;
    }
    gridRows.push(row);
    lines.push(lineOf(r));
  }
  header.forEach((h, c) => {
    if (NUMBERING_HEADERS.has(foldText(h))) notices.push(problem('numbering-column', at(headerEnd - 1, c), { value: h }));
  });

  const placeOf = (line: number, column: number): Localised | undefined => {
    if (table.lines || line < 1 || line > rows.length) return undefined;
    return table.place(line - 1, column >= 1 ? (columns[column - 1] ?? -1) : -1);
  };
  const placed = table.lines ? notices : notices.map((p) => ({ ...p, place: placeOf(p.line, p.column) }));
  // The reader's own warnings on the table (text left out of a PDF page) join the notices.
  const located = [...placed, ...(table.issues ?? []).filter((p) => p.severity === 'warning')];
  const headerLines = block.map((_, i) => lineOf(headerStart + i));
  return { grid: { rows: gridRows, lines, delimiter: '', issues: [] }, placeOf, notices: located, titles, headerRows: block.map((r) => [...r]), headerLines };
}

/** Add the source's own place to each problem that points into the grid. */
export function placeProblems(problems: readonly Problem[], placeOf: LocatedGrid['placeOf']): Problem[] {
  return problems.map((p) => (p.place || p.line < 1 ? p : { ...p, place: placeOf(p.line, p.column) }));
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  let n = column + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `PCI 2016!M12` (quoted as spreadsheets do when the name has odd characters: `'Bảng 1 (2016)'!M12`). */
export function sheetCell(sheet: string, row: number, column: number): string {
  const name = /^[\p{L}\p{N}_ ]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return column < 0 ? `${name}!${row + 1}:${row + 1}` : `${name}!${columnLetters(column)}${row + 1}`;
}

/** A CSV file's rows as a source table: problems keep the file's own lines and columns (`FILE:LINE:COL`). */
export function csvTable(grid: CsvGrid): SourceTable {
  return {
    kind: 'csv',
    name: 'csv',
    rows: grid.rows,
    lines: grid.lines,
    place: (row, column) => ({ vi: `dòng ${grid.lines[row] ?? row + 1}${column >= 0 ? `, cột ${column + 1}` : ''}`, en: `line ${grid.lines[row] ?? row + 1}${column >= 0 ? `, column ${column + 1}` : ''}` }),
  };
}

/** A table pasted from a web page or a spreadsheet: rows of cells, each located as "pasted row 7, column 3". */
export function pastedTable(rows: string[][]): SourceTable {
  return {
    kind: 'paste',
    name: 'paste',
    rows,
    place: (row, column) => ({
      vi: `dòng dán ${row + 1}${column >= 0 ? `, cột ${column + 1}` : ''}`,
      en: `pasted row ${row + 1}${column >= 0 ? `, column ${column + 1}` : ''}`,
    }),
  };
}
