/**
 * A table from the clipboard, as rows of cells: the HTML a browser puts there when a web table is
 * copied (pcivietnam.vn, news pages: merged cells expanded so each row has every column), else the
 * tab-separated text a spreadsheet puts there. Anything else is left to the CSV reader.
 */
import { rowsAsPasted, type PastedRows } from '@/domain/import/pasteGrid';

/**
 * Every table in an HTML fragment, as cells with their spans (filled in the worker, pasteGrid.ts: the page
 * only walks the cells once, so a `rowspan=65534` cannot freeze it); null when there is none.
 */
export function htmlTables(html: string): PastedRows[] | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const tables = [...doc.querySelectorAll('table')];
  if (tables.length === 0) return null;
  return tables.map((table) =>
    [...table.rows].map((tr) =>
      [...tr.cells].map((cell) => ({ text: (cell.textContent ?? '').replace(/\s+/g, ' ').trim(), rowSpan: cell.rowSpan, colSpan: cell.colSpan })),
    ),
  );
}

/** Tab-separated rows (a spreadsheet's copy); null when the text has no tab. */
export function tsvRows(text: string): string[][] | null {
  if (!text.includes('\t')) return null;
  return text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
}

export type Pasted = { kind: 'tables'; tables: PastedRows[] } | { kind: 'text'; text: string } | null;

export function readClipboard(data: DataTransfer | null): Pasted {
  if (!data) return null;
  const html = data.getData('text/html');
  const fromHtml = html ? htmlTables(html)?.filter((t) => t.length > 1) : null;
  if (fromHtml && fromHtml.length > 0) return { kind: 'tables', tables: fromHtml };
  const text = data.getData('text/plain');
  const fromTsv = tsvRows(text);
  if (fromTsv) return { kind: 'tables', tables: [rowsAsPasted(fromTsv)] };
  return text.trim() ? { kind: 'text', text } : null;
}
