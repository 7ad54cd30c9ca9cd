/**
 * Workbooks (.xlsx, .xls, .ods) read with SheetJS (`@e965/xlsx`: the SheetJS 0.20.3 build republished on
 * the npm registry under a maintained name; the `xlsx@0.18.5` package left on the registry carries
 * published advisories). Loaded with `import()` only when a workbook is imported, so the first screen's
 * JavaScript does not carry it.
 *
 * Each sheet becomes a SourceTable: every cell as text, numbers at their full stored precision (the value,
 * not the two decimals the cell shows), merged cells filled with their value so a two-row header reads
 * per column, and each cell's place in spreadsheet terms (`PCI 2016!M12`).
 */
import { decimalsOfText } from '@/domain/import/precision';
import { sheetCell, type SourceTable } from '@/domain/import/sourceTable';

export async function readSpreadsheet(bytes: Uint8Array): Promise<SourceTable[]> {
  const XLSX = await import('@e965/xlsx');
  const book = XLSX.read(bytes, { type: 'array', cellFormula: false, cellHTML: false, cellStyles: false, dense: false });
  return book.SheetNames.map((name) => {
    const sheet = book.Sheets[name];
    const rows: string[][] = [];
    const ref = sheet['!ref'];
    if (ref) {
      const range = XLSX.utils.decode_range(ref);
      for (let r = 0; r <= range.e.r; r++) {
        const row: string[] = [];
        for (let c = 0; c <= range.e.c; c++) {
          const cell = sheet[XLSX.utils.encode_cell({ r, c })] as { t: string; v?: unknown; w?: string } | undefined;
          row.push(cellText(cell));
        }
        rows.push(row);
      }
      for (const m of sheet['!merges'] ?? []) {
        const value = rows[m.s.r]?.[m.s.c] ?? '';
        for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (rows[r]) rows[r][c] = value;
      }
    }
    const place = (row: number, column: number) => {
      const text = sheetCell(name, row, column);
      return { vi: text, en: text };
    };
    return { kind: 'sheet' as const, name, rows, place };
  });
}

function cellText(cell: { t: string; v?: unknown; w?: string } | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return cell?.w ?? '';
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
