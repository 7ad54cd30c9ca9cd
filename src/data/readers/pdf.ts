/**
 * Tables from text PDFs (the Ministry of Home Affairs' PAR INDEX / SIPAS annexes, printed reports) read
 * with pdfjs-dist, loaded with `import()` only when a PDF is imported.
 *
 * A PDF has no table, only words at positions. The rules that rebuild one:
 * - words on the same baseline (within half a font height) are one text line; on a line, words closer
 *   than half a font height belong to one cell, a wider gap starts the next cell;
 * - rows are found by what the lines hold, not by their spacing (a Word table at 12 pt with line height
 *   1.15 sets its rows as close as the lines of a wrapped cell): a line joins the row above only when it
 *   continues it — within two font heights, mostly words rather than figures, no more cells than the row's
 *   first line, each cell under exactly one cell of that line ("thị trường" under "Gia nhập", "Vũng Tàu"
 *   under "Bà Rịa -"). A line of figures always starts a row; so does a footnote spanning several columns;
 * - a page whose text runs at a right angle (a landscape table on a portrait page, /Rotate) is turned
 *   upright first; text at other angles than the page's (a diagonal watermark) is left out and named;
 * - the columns are those of the most common row shape among rows of three or more cells (the data rows);
 *   every cell of every row goes to the column its centre is nearest to, so wrapped headers, titles and
 *   rows with an empty cell line up;
 * - pages follow one another: a header repeated at the top of a page is a row like any other, which
 *   sourceTable.locateTable recognises and leaves out with a notice;
 * - each row remembers its page and its line on the page, for problems ("trang 2, dòng 5, cột 13").
 * A PDF without any text (a scan) gets the `pdf-no-text` problem, saying what to do instead.
 */
import { problem } from '@/domain/import/problems';
import type { SourceTable } from '@/domain/import/sourceTable';
import type { Problem } from '@/domain/catalogue/types';

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
  /** Starts a cell of its own whatever the gap before it (a row number split from the name it was fused with). */
  cell?: boolean;
}

interface Cell {
  text: string;
  x0: number;
  x1: number;
}

export interface Row {
  page: number;
  line: number;
  /** Words that open the row of figures on the next line (set while that line is awaited). */
  opening?: boolean;
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

/**
 * A line's first text item holding a row number and the name after it ("3 Đồng Tháp"): LibreOffice sets the
 * narrow STT column so close to the name that pdf.js reads both as one item, with a space between. The number
 * is its own cell; its width is estimated from its share of the item's characters.
 */
const NUMBERED = /^(\d{1,4})\s+(\p{L}.*)$/u;
function splitRowNumber(words: Word[]): Word[] {
  const first = words[0];
  const m = first ? NUMBERED.exec(first.text) : null;
  if (!m) return words;
  const perChar = (first.x1 - first.x0) / first.text.length;
  const number: Word = { ...first, text: m[1], x1: first.x0 + perChar * m[1].length, cell: true };
  const name: Word = { ...first, text: m[2], x0: first.x1 - perChar * m[2].length, cell: true };
  return [number, name, ...words.slice(1)];
}

function splitCells(unsorted: Word[]): Cell[] {
  const cells: Cell[] = [];
  const words = splitRowNumber(unsorted.sort((a, b) => a.x0 - b.x0));
  for (const w of words) {
    const last = cells[cells.length - 1];
    const gap = last ? w.x0 - last.x1 : Infinity;
    if (last && gap < 0.5 * w.size && !w.cell) {
      last.text += gap > 0.12 * w.size && !last.text.endsWith(' ') && !w.text.startsWith(' ') ? ` ${w.text}` : w.text;
      last.x1 = Math.max(last.x1, w.x1);
    } else cells.push({ text: w.text, x0: w.x0, x1: w.x1 });
  }
  return cells.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text !== '');
}

const FIGURE = /^[-+−–]?[\d.,]+%?$|^[-–—]$/;
/** A figure that is a value, not a heading's number ("2." over "Tiếp cận đất đai"). */
const value = (text: string) => FIGURE.test(text) && !text.endsWith('.');

/**
 * A line continues the row above (a cell wrapped onto a further line): mostly words, and each of its cells
 * under at most one cell of the row (under exactly one when the row is a row of figures).
 */
/** A line of figures: at least half its cells are numbers. */
function figures(line: readonly Cell[]): boolean {
  return line.length > 0 && line.filter((c) => FIGURE.test(c.text)).length * 2 >= line.length;
}

function continues(row: readonly Cell[][], line: readonly Cell[]): boolean {
  if (line.length === 0 || figures(line)) return false;
  const above = row.flat();
  // A title (one text so far) is continued only by one more text; a header wrapped with its cells centred may
  // add a column on its lower lines; any other row only by fewer cells than its first line, each under one above.
  if (above.length === 1) return line.length === 1;
  const widest = row.reduce((a, b) => (b.length > a.length ? b : a));
  const numeric = figures(widest);
  if (numeric && line.length >= widest.length) return false;
  const under = (cell: Cell, a: Cell) => cell.x0 < a.x1 && cell.x1 > a.x0;
  // Figures never wrap: under a row of figures, a line continues only the row's words (a name over two lines),
  // never a figure (a stray accent mark drawn below the last row of a page is not part of "59,59").
  return line.every((cell) => row.every((l) => l.filter((a) => under(cell, a)).length <= 1) && (!numeric || above.some((a) => under(cell, a) && !value(a.text))));
}

/** A text item as pdf.js gives it: its text, its transform [a b c d x y], its width and height. */
export interface TextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Text of one page the reader leaves out: set at an angle to the page's text, or a whole page turned askew. */
export interface SkippedText {
  page: number;
  text: string;
  /** The whole page is set askew (not at 0, 90, 180 or 270°): nothing of it is read. */
  turned?: boolean;
}

/**
 * One page's text items into rows of cells, appended to `rows` (a row of the page before may be continued
 * only by a line on the same page). Pure: the property tests feed it items at random positions and sizes.
 */
export function pageRows(items: readonly TextItem[], p: number, rows: Row[], skipped: SkippedText[]): void {
  const words: Word[] = [];
  const finite = (t: number[] | undefined): t is number[] => Array.isArray(t) && t.length >= 6 && t.slice(0, 6).every(Number.isFinite);
  const texts = items.filter((i) => typeof i.str === 'string' && i.str.trim() !== '' && finite(i.transform));
  // The page's text direction: the angle most of its text runs at (0, 90, 180 or 270°), turned upright.
  const angleOf = (t: number[]) => ((Math.round(Math.atan2(t[1], t[0]) / (Math.PI / 2)) % 4) + 4) % 4;
  const straight = (t: number[]) => Math.abs(t[1]) <= 1e-3 * Math.abs(t[0]) || Math.abs(t[0]) <= 1e-3 * Math.abs(t[1]);
  const byAngle = [0, 0, 0, 0];
  let askew = 0;
  for (const item of texts) {
    byAngle[angleOf(item.transform!)] += item.str!.length;
    if (!straight(item.transform!)) askew += item.str!.length;
  }
  const quarter = byAngle.indexOf(Math.max(...byAngle));
  const total = byAngle.reduce((a, b) => a + b, 0);
  if (total > 0 && askew * 2 > total) {
    // Most of the page is set askew (a scan turned by a few degrees, a table rotated on the page): named, not guessed at.
    skipped.push({ page: p, text: texts.map((i) => i.str!).join(' '), turned: true });
    return;
  }
  for (const item of texts) {
    const t = item.transform!;
    if (angleOf(t) !== quarter || !straight(t)) {
      skipped.push({ page: p, text: item.str! });
      continue;
    }
    const size = Math.hypot(t[2], t[3]) || (Number.isFinite(item.height) ? item.height! : 0) || 10;
    // Rotate the page so its text runs left to right: (x, y) by −quarter × 90°.
    const [x, y] = [[t[4], t[5]], [t[5], -t[4]], [-t[4], -t[5]], [-t[5], t[4]]][quarter];
    const width = Number.isFinite(item.width) && item.width! > 0 ? item.width! : 0;
    words.push({ text: item.str!, x0: x, x1: x + width, y, size });
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
  const split = lines.map((line) => splitCells(line.words));
  // A row broken across the page (LibreOffice and Word let a row break by default): the last row of the page
  // before, when it holds figures, takes the words at the top of this page, after the header repeated there,
  // that sit under its text cells ("Hải" | "Dương").
  const carried = rows.length > 0 && rows[rows.length - 1].lines.some(figures) ? rows[rows.length - 1] : undefined;
  const signature = (row: Row) => row.lines.map((l) => l.map((c) => c.text).join('\t')).join('\n');
  const earlier = carried ? new Set(rows.map(signature)) : new Set<string>();
  lines.forEach((line, i) => {
    const cells = split[i];
    const last = rows[rows.length - 1];
    const onPage = last !== undefined && last.page === p;
    if (carried && cells.length > 0 && !figures(cells) && (!onPage || earlier.has(signature(last))) && continues(carried.lines, cells)) {
      carried.lines.push(cells);
      previous = line;
      return;
    }
    const gapAbove = previous === null ? Infinity : previous.y - line.y;
    const next = lines[i + 1];
    const gapBelow = next ? line.y - next.y : Infinity;
    const size = Math.max(previous?.size ?? 0, line.size);
    if (cells.length === 0) {
      // Only spaces once split: nothing to read, nothing lost.
    } else if (onPage && last.opening && figures(cells) && gapAbove < 2 * size) {
      // The row of figures that the words above opened (a name wrapped in a cell centred vertically).
      last.lines.push(cells);
      last.line = i + 1;
      last.opening = false;
    } else if (onPage && !figures(cells) && figures(split[i + 1] ?? []) && gapBelow < gapAbove - 0.1 * size && gapBelow < 2 * size && last.lines.some(figures)) {
      // Words nearer the next row of figures than this one: the first line of that row's wrapped cell.
      rows.push({ page: p, line: i + 1, lines: [cells], opening: true });
    } else if (onPage && gapAbove < 2 * size && continues(last.lines, cells)) last.lines.push(cells);
    else rows.push({ page: p, line: i + 1, lines: [cells] });
    previous = line;
  });
}

/** Read every page's words into rows of cells; text the reader leaves out goes to `skipped`. */
async function readRows(bytes: Uint8Array, skipped: SkippedText[]): Promise<Row[]> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({ data: bytes.slice(), disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  const doc = await task.promise;
  const rows: Row[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pageRows(content.items as TextItem[], p, rows, skipped);
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
export async function readPdfTable(bytes: Uint8Array, file = 'PDF'): Promise<SourceTable> {
  const skipped: SkippedText[] = [];
  const rows = await readRows(bytes, skipped);
  if (rows.length === 0 && skipped.length === 0) throw new PdfWithoutText();
  return tableFromRows(rows, skipped, file);
}

/**
 * The table from each page's text items, as readPdfTable builds it once pdf.js has given them (pure: the
 * property tests feed it items at random positions, sizes and angles). Null when no page holds any text.
 */
export function tableFromPages(pages: readonly (readonly TextItem[])[], file = 'PDF'): { table: SourceTable; skipped: SkippedText[] } | null {
  const skipped: SkippedText[] = [];
  const rows: Row[] = [];
  pages.forEach((items, i) => pageRows(items, i + 1, rows, skipped));
  if (rows.length === 0 && skipped.length === 0) return null;
  return { table: tableFromRows(rows, skipped, file), skipped };
}

function tableFromRows(rows: Row[], skipped: SkippedText[], file: string): SourceTable {
  const issues: Problem[] = [];
  for (const page of [...new Set(skipped.map((w) => w.page))]) {
    const onPage = skipped.filter((w) => w.page === page);
    const code = onPage.some((w) => w.turned) ? 'pdf-turned-page' : 'pdf-slanted-text';
    const text = onPage.map((w) => w.text).join(' ');
    issues.push({ ...problem(code, { file, line: 0, column: 0 }, { value: text, page }), place: { vi: `trang ${page}`, en: `page ${page}` } });
  }
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
  return { kind: 'pdf', name: 'PDF', rows: cells, place, issues };
}
