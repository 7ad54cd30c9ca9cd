/**
 * Lines as a user sees them in an editor, the one rule every reader (streamed long files, grids of long
 * and wide tables, plan CSV) counts by:
 * - a line ends at LF, CRLF or a lone CR, and a file may mix all three (files pasted together from
 *   several sources do); text is normalised to LF once, before parsing, so CRLF is never two lines;
 * - a row starts on the line after the previous row ends; a row whose quoted cell holds line breaks
 *   spans 1 + that many lines; blank lines count as lines.
 */

/** Every CRLF and lone CR as LF. Returns the text itself when it holds no CR. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Line breaks inside a row's cells (text already normalised to LF). */
export function lineBreaksIn(cells: readonly string[]): number {
  let breaks = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) breaks++;
  }
  return breaks;
}

/** Counts lines row by row: `next(cells)` gives the 1-based line the row starts on. */
export class LineCounter {
  private line: number;
  constructor(firstLine = 1) {
    this.line = firstLine;
  }
  /** The line the next row starts on. */
  get nextLine(): number {
    return this.line;
  }
  /** The row's first line; `countBreaks` false skips the search when no cell can hold a break. */
  next(cells: readonly string[], countBreaks = true): number {
    const start = this.line;
    this.line += 1 + (countBreaks ? lineBreaksIn(cells) : 0);
    return start;
  }
}

/**
 * Lines inside a row's quoted cells that look like whole rows of their own: a note that opens a quote
 * closed lines later swallows the rows between ("…,"ghi chú" then Hải Phòng's row then `đóng"`). A line
 * after a break inside a cell that splits into at least `width` fields (the header's) is such a row.
 * Returns their 1-based lines, given the line the row starts on.
 */
export function swallowedRowLines(cells: readonly string[], firstLine: number, delimiter: string, width: number): number[] {
  const found: number[] = [];
  if (width < 2 || !delimiter) return found;
  let line = firstLine;
  for (const cell of cells) {
    if (!cell.includes('\n')) continue;
    const parts = cell.split('\n');
    for (let k = 1; k < parts.length; k++) {
      line++;
      if (parts[k].split(delimiter).length >= width) found.push(line);
    }
  }
  return found;
}

/** Delimiters a table may use: comma, semicolon (Excel with a Vietnamese list separator), tab, bar. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter of a CSV text, from its first records (at most `sampleChars`): the one that splits the most
 * records into the same number (two or more) of fields, quotes respected. A Vietnamese ";" file with decimal
 * commas ("Hà Nội;65,1") is ";": its "," splits only some rows. Ties go to tab, then comma, semicolon, bar.
 * A text no candidate splits is read with ",".
 */
export function detectDelimiter(text: string, sampleChars = 65_536): string {
  const end = Math.min(text.length, sampleChars);
  const counts = DELIMITERS.map(() => [] as number[]);
  const current = DELIMITERS.map(() => 1);
  let quoted = false;
  let blank = true;
  const endRecord = () => {
    if (!blank) DELIMITERS.forEach((_, k) => counts[k].push(current[k]));
    current.fill(1);
    blank = true;
  };
  for (let i = 0; i < end && counts[0].length < 200; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') {
      endRecord();
      continue;
    } else if (!quoted) {
      const k = DELIMITERS.indexOf(ch as (typeof DELIMITERS)[number]);
      if (k >= 0) current[k]++;
    }
    if (ch !== ' ' && ch !== '\r') blank = false;
  }
  if (end === text.length) endRecord();
  let best = ',';
  let bestShare = 0;
  for (const order of [2, 0, 1, 3]) {
    const records = counts[order];
    if (records.length === 0) continue;
    const freq = new Map<number, number>();
    for (const n of records) freq.set(n, (freq.get(n) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [n, c] of freq) if (c > modeCount || (c === modeCount && n > mode)) [mode, modeCount] = [n, c];
    const share = mode >= 2 ? modeCount / records.length : 0;
    if (share > bestShare) [best, bestShare] = [DELIMITERS[order], share];
  }
  return best;
}

/** Characters of a cell quoted in a message; longer cells are cut with "…" and their length. */
export const EXCERPT_CHARS = 40;

/** A short excerpt of a cell for a message, in the message's language: a 1 MB cell never becomes a 1 MB message. */
export function excerpt(text: string, lang: 'vi' | 'en' = 'en', max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  return lang === 'vi' ? `${flat.slice(0, max)}… (${text.length.toLocaleString('vi-VN')} ký tự)` : `${flat.slice(0, max)}… (${text.length.toLocaleString('en-US')} characters)`;
}
