/**
 * CSV for Excel: UTF-8 with BOM (so Excel reads Vietnamese diacritics), CRLF lines,
 * cells quoted when needed, and cells starting with = + - @ (or tab/CR) neutralised with a leading
 * apostrophe so a spreadsheet never runs them as formulas. Numbers can be written the vi-VN way
 * (decimal comma, then `;` separates cells, as Excel in a Vietnamese locale expects) or plain.
 *
 * A file written with one separator is often opened with the other (Excel takes the list separator of
 * the computer's region: ";" in vi-VN): then a quote in the middle of a line quotes nothing, and text after
 * either separator starts a cell of its own. So every text holding "," or ";" is quoted, and a formula
 * start after a separator or a line break inside a text (`ghi chú;=1+1`) gets the apostrophe too
 * (`ghi chú;'=1+1`); `unguardFormula` takes both off again when the app reads its own file.
 */
export type DecimalStyle = 'plain' | 'vi';
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  decimal?: DecimalStyle;
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** A formula start after a separator or line break inside a text, spaces between allowed. */
const INNER_FORMULA_START = /([,;\n\r][ \t]*)('*[=+\-@])/g;
const INNER_GUARD = /([,;\n\r][ \t]*)'('*[=+\-@])/g;
/** A text that reads as guarded already ("'=x" typed by the user) gets one more apostrophe, so it reads back as typed. */
const GUARDED_START = /^'+[=+\-@\t\r]/;

export function csvCell(value: CsvCell, decimal: DecimalStyle = 'plain'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(Math.round(value * 1e6) / 1e6);
    return decimal === 'vi' ? text.replace('.', ',') : text;
  }
  let text = value.replace(INNER_FORMULA_START, "$1'$2");
  // A lone "-" (a not-applicable mark in province-run tables) is no formula: kept as printed.
  if ((FORMULA_START.test(text) && text !== '-' && !/^-?\d+([.,]\d+)?$/.test(text)) || GUARDED_START.test(text)) text = `'${text}`;
  return /[,;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Undo `csvCell`'s guard on import of the app's own CSV: a leading apostrophe before = + - @ (or tab) is
 * ours, not the user's, and so is one between a separator and = + - @ inside the text. A lone apostrophe
 * or one before other text is kept.
 */
export function unguardFormula(cell: string): string {
  const text = cell.includes("'") ? cell.replace(INNER_GUARD, '$1$2') : cell;
  return GUARDED_START.test(text) ? text.slice(1) : text;
}

export function toCsv(header: string[], rows: CsvCell[][], options: CsvOptions = {}): string {
  const decimal = options.decimal ?? 'plain';
  const delimiter = decimal === 'vi' ? ';' : ',';
  const lines = [header, ...rows].map((row) => row.map((c) => csvCell(c, decimal)).join(delimiter));
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}
