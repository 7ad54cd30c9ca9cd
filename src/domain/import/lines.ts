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

/** Characters of a cell quoted in a message; longer cells are cut with "…" and their length. */
export const EXCERPT_CHARS = 40;

/** A short excerpt of a cell for a message: a 1 MB cell never becomes a 1 MB message. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max)}… (${text.length.toLocaleString('en-US')} characters)`;
}
