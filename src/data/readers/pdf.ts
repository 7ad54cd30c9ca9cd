/**
 * Tables from text PDFs (the Ministry of Home Affairs' PAR INDEX / SIPAS annexes, printed reports) read
 * with pdfjs-dist, loaded with `import()` only when a PDF is imported.
 *
 * A PDF has no table, only words at positions. The rules that rebuild one:
 * - words on the same baseline (within half a font height) are one text line; on a line, words closer
 *   than half a font height belong to one cell, a wider gap starts the next cell;
 * - lines closer than 1.45 font heights are one table row (a header cell wrapped over two lines);
 * - the columns are those of the most common row shape among rows of three or more cells (the data rows);
 *   every cell of every row goes to the column its centre is nearest to, so wrapped headers, titles and
 *   rows with an empty cell line up;
 * - pages follow one another: a header repeated at the top of a page is a row like any other, which
 *   sourceTable.locateTable recognises and leaves out with a notice;
 * - each row remembers its page and its line on the page, for problems ("trang 2, dòng 5, cột 13").
 * A PDF without any text (a scan) gets the `pdf-no-text` problem, saying what to do instead.
 */
import type { SourceTable } from '@/domain/import/sourceTable';

export class PdfWithoutText extends Error {
  constructor() {
    super('pdf-no-text');
  }
}

interface Word {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Cell {
  text: string;
  x0: number;
  x1: number;
}

interface Row {
  page: number;
  line: number;
  /** The row's text lines, each split into cells. */
  lines: Cell[][];
}

/** Node 20 has no Promise.withResolvers, which pdfjs-dist 6 uses. */
function polyfillWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (typeof P.withResolvers === 'function') return;
  P.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

async function loadPdfjs() {
  polyfillWithResolvers();
  const g = globalThis as unknown as { pdfjsWorker?: unknown };
  // The "worker" runs in this thread (we are already off the page, in the import worker or in Node).
  if (!g.pdfjsWorker) g.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

function splitCells(words: Word[]): Cell[] {
  const cells: Cell[] = [];
  for (const w of words.sort((a, b) => a.x0 - b.x0)) {
    const last = cells[cells.length - 1];
    const gap = last ? w.x0 - last.x1 : Infinity;
    if (last && gap < 0.5 * w.size) {
      last.text += gap > 0.12 * w.size && !last.text.endsWith(' ') && !w.text.startsWith(' ') ? ` ${w.text}` : w.text;
      last.x1 = Math.max(last.x1, w.x1);
    } else cells.push({ text: w.text, x0: w.x0, x1: w.x1 });
  }
  return cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text !== '');
}

/** Read every page's words into rows of cells. */
async function readRows(bytes: Uint8Array): Promise<Row[]> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const rows: Row[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const words: Word[] = [];
      for (const item of content.items as { str?: string; transform?: number[]; width?: number; height?: number }[]) {
        if (!item.str || !item.transform || item.str.trim() === '') continue;
        const [, , c, d, e, f] = item.transform;
        const size = Math.hypot(c, d) || item.height || 10;
        words.push({ text: item.str, x0: e, x1: e + (item.width ?? 0), y: f, size });
      }
      // Text lines, top of the page first.
      words.sort((a, b) => b.y - a.y || a.x0 - b.x0);
      const lines: { y: number; size: number; words: Word[] }[] = [];
      for (const w of words) {
        const line = lines[lines.length - 1];
        if (line && Math.abs(line.y - w.y) < 0.5 * Math.max(line.size, w.size)) line.words.push(w);
        else lines.push({ y: w.y, size: w.size, words: [w] });
      }
      let previous: { y: number; size: number } | null = null;
      lines.forEach((line, i) => {
        const cells = splitCells(line.words);
        const last = rows[rows.length - 1];
        if (previous && last && last.page === p && previous.y - line.y < 1.45 * Math.max(previous.size, line.size)) last.lines.push(cells);
        else rows.push({ page: p, line: i + 1, lines: [cells] });
        previous = line;
      });
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return rows;
}

/** Column bands from the most common row shape (the data rows). */
function columnBands(rows: Row[]): { x0: number; x1: number }[] {
  const single = rows.filter((r) => r.lines.length === 1 && r.lines[0].length >= 3).map((r) => r.lines[0]);
  const counts = new Map<number, number>();
  for (const cells of single) counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
  const width = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (!width) return [];
  const bands = Array.from({ length: width }, () => ({ x0: Infinity, x1: -Infinity }));
  for (const cells of single.filter((c) => c.length === width)) {
    cells.forEach((cell, k) => {
      bands[k].x0 = Math.min(bands[k].x0, cell.x0);
      bands[k].x1 = Math.max(bands[k].x1, cell.x1);
    });
  }
  return bands;
}

function nearestBand(bands: { x0: number; x1: number }[], cell: Cell): number {
  const centre = (cell.x0 + cell.x1) / 2;
  let best = 0;
  let bestDistance = Infinity;
  bands.forEach((b, k) => {
    const distance = centre < b.x0 ? b.x0 - centre : centre > b.x1 ? centre - b.x1 : 0;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = k;
    }
  });
  return best;
}

/** The PDF's table (one SourceTable spanning every page). Throws PdfWithoutText for a scan. */
export async function readPdfTable(bytes: Uint8Array): Promise<SourceTable> {
  const rows = await readRows(bytes);
  if (rows.length === 0) throw new PdfWithoutText();
  const bands = columnBands(rows);
  const cells: string[][] = rows.map((row) => {
    if (bands.length === 0) return row.lines.flatMap((l) => l.map((c) => c.text));
    const out = bands.map(() => '');
    for (const line of row.lines) {
      for (const cell of line) {
        const k = nearestBand(bands, cell);
        out[k] = out[k] ? `${out[k]} ${cell.text}` : cell.text;
      }
    }
    return out;
  });
  const place = (r: number, column: number) => {
    const row = rows[r];
    if (!row) return { vi: '', en: '' };
    const col = column >= 0 ? { vi: `, cột ${column + 1}`, en: `, column ${column + 1}` } : { vi: '', en: '' };
    return { vi: `trang ${row.page}, dòng ${row.line}${col.vi}`, en: `page ${row.page}, line ${row.line}${col.en}` };
  };
  return { kind: 'pdf', name: 'PDF', rows: cells, place };
}
