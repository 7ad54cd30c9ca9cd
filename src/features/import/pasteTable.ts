/**
 * A table from the clipboard, as rows of cells: the HTML a browser puts there when a web table is
 * copied (pcivietnam.vn, news pages: merged cells expanded so each row has every column), else the
 * tab-separated text a spreadsheet puts there. Anything else is left to the CSV reader.
 */

/** Rows of the largest table in an HTML fragment, colspan/rowspan expanded; null when there is none. */
export function htmlTableRows(html: string): string[][] | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const tables = [...doc.querySelectorAll('table')];
  if (tables.length === 0) return null;
  const table = tables.sort((a, b) => b.rows.length - a.rows.length)[0];
  const grid: string[][] = [];
  [...table.rows].forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of [...tr.cells]) {
      while (grid[r][c] !== undefined) c++;
      const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
      const rowSpan = Math.max(1, cell.rowSpan || 1);
      const colSpan = Math.max(1, cell.colSpan || 1);
      for (let dr = 0; dr < rowSpan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) grid[r + dr][c + dc] = text;
      }
      c += colSpan;
    }
  });
  return grid.map((row) => Array.from(row, (cell) => cell ?? ''));
}

/** Tab-separated rows (a spreadsheet's copy); null when the text has no tab. */
export function tsvRows(text: string): string[][] | null {
  if (!text.includes('\t')) return null;
  return text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
}

export type Pasted = { kind: 'rows'; rows: string[][] } | { kind: 'text'; text: string } | null;

export function readClipboard(data: DataTransfer | null): Pasted {
  if (!data) return null;
  const html = data.getData('text/html');
  const fromHtml = html ? htmlTableRows(html) : null;
  if (fromHtml && fromHtml.length > 1) return { kind: 'rows', rows: fromHtml };
  const text = data.getData('text/plain');
  const fromTsv = tsvRows(text);
  if (fromTsv) return { kind: 'rows', rows: fromTsv };
  return text.trim() ? { kind: 'text', text } : null;
}
