/**
 * Tables pasted from a web page, from their cells as the clipboard's HTML gives them (text, rowspan,
 * colspan) to rows of cells, in work bounded by the paste itself.
 *
 * Rules:
 * - a merged cell fills every row and column it spans, so a two-row header reads per column;
 * - a rowspan never reaches past the table's last row, and 0 means "to the last row" (as browsers draw
 *   it); a colspan is at most 1,000 (the HTML limit). So `rowspan=65534 colspan=1000` in a 134-byte paste
 *   fills the rows the table has, not 65 million cells;
 * - a table that would still expand past PASTE_LIMITS.cells is a located problem, not a frozen page;
 * - several tables in one paste are each kept ("Bảng 1", "Bảng 2" …), in the order of the page, for the
 *   user to choose; the one with the most province rows is read first (importParsing.inspectTables).
 */
import { problem } from './problems';
import { pastedTable, type SourceTable } from './sourceTable';
import type { Problem } from '../catalogue/types';

export interface PastedCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

/** One pasted table: its rows of cells, before merged cells are filled. */
export type PastedRows = PastedCell[][];

export const PASTE_LIMITS = {
  /**
   * Cells of one table once merged cells are filled. A published table pasted from a page is a few thousand
   * cells; at 2,000,000 an 80 KB paste (2,000 rows of colspan=1000) took over 4 s to check, past the readers'
   * 2 s budget (readerBudget.ts); 500,000 cells are checked in about 1 s.
   */
  cells: 500_000,
  /** The HTML limit on colspan. */
  colSpan: 1000,
  /** Tables kept from one paste (a page laid out in tables can hold hundreds). */
  tables: 50,
};

/** Rows of cells with every merged cell filled; null when they would pass `maxCells`. */
export function expandPasted(rows: PastedRows, maxCells = PASTE_LIMITS.cells): { rows: string[][] } | { cells: number } {
  // The cells the table expands to, counted before any is made.
  let cells = 0;
  rows.forEach((row, r) => {
    for (const cell of row) cells += spanOf(cell.rowSpan, rows.length - r) * Math.min(PASTE_LIMITS.colSpan, Math.max(1, cell.colSpan | 0));
  });
  if (cells > maxCells) return { cells };
  const grid: string[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (grid[r][c] !== undefined) c++;
      const rowSpan = spanOf(cell.rowSpan, rows.length - r);
      const colSpan = Math.min(PASTE_LIMITS.colSpan, Math.max(1, cell.colSpan | 0));
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = grid[r + dr];
        for (let dc = 0; dc < colSpan; dc++) target[c + dc] = cell.text;
      }
      c += colSpan;
    }
  });
  return { rows: grid.map((row) => Array.from(row, (cell) => cell ?? '')) };
}

/** A rowspan as drawn: 0, or past the end, means to the last row; anything else below 1 is 1. */
function spanOf(rowSpan: number, remaining: number): number {
  const span = rowSpan | 0;
  if (span === 0 || span > remaining) return Math.max(1, remaining);
  return Math.max(1, span);
}

/** Place of a table's cell: "bảng 2, dòng dán 7, cột 3" when the paste held several tables. */
function tableOf(rows: string[][], k: number, count: number): SourceTable {
  const table = pastedTable(rows);
  if (count === 1) return table;
  return {
    ...table,
    name: `${k + 1}`,
    place: (row, column) => {
      const inner = table.place(row, column);
      return { vi: `bảng ${k + 1}, ${inner.vi}`, en: `table ${k + 1}, ${inner.en}` };
    },
  };
}

/** Every pasted table as a SourceTable, or a located problem for one too large to fill. */
export function pastedTables(tables: readonly PastedRows[], file: string): { tables: SourceTable[]; issues: Problem[] } {
  const kept = tables.filter((t) => t.length > 0).slice(0, PASTE_LIMITS.tables);
  const out: SourceTable[] = [];
  for (let k = 0; k < kept.length; k++) {
    const expanded = expandPasted(kept[k]);
    if ('cells' in expanded) {
      const p = problem('paste-too-large', { file, line: 0, column: 0 }, { cells: expanded.cells.toLocaleString('vi-VN'), max: PASTE_LIMITS.cells.toLocaleString('vi-VN') });
      const en = problem('paste-too-large', { file, line: 0, column: 0 }, { cells: expanded.cells.toLocaleString('en-US'), max: PASTE_LIMITS.cells.toLocaleString('en-US') });
      const place = kept.length > 1 ? { vi: `bảng ${k + 1}`, en: `table ${k + 1}` } : undefined;
      return { tables: [], issues: [{ ...p, message: { vi: p.message.vi, en: en.message.en }, place }] };
    }
    out.push(tableOf(expanded.rows, k, kept.length));
  }
  return { tables: out, issues: [] };
}

/** Tab-separated rows (a spreadsheet's copy) as one pasted table. */
export function rowsAsPasted(rows: readonly string[][]): PastedRows {
  return rows.map((row) => row.map((text) => ({ text, rowSpan: 1, colSpan: 1 })));
}
