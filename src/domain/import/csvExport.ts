/**
 * CSV for Excel: UTF-8 with BOM (so Excel reads Vietnamese diacritics), CRLF lines,
 * cells quoted when needed, and cells starting with = + - @ (or tab/CR) neutralised with a leading
 * apostrophe so a spreadsheet never runs them as formulas. Numbers can be written the vi-VN way
 * (decimal comma, then `;` separates cells, as Excel in a Vietnamese locale expects) or plain.
 */
export type DecimalStyle = 'plain' | 'vi';
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
  decimal?: DecimalStyle;
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell, decimal: DecimalStyle = 'plain'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(Math.round(value * 1e6) / 1e6);
    return decimal === 'vi' ? text.replace('.', ',') : text;
  }
  let text = value;
  // A lone "-" (a not-applicable mark in province-run tables) is no formula: kept as printed.
  if (FORMULA_START.test(text) && text !== '-' && !/^-?\d+([.,]\d+)?$/.test(text)) text = `'${text}`;
  const delimiter = decimal === 'vi' ? ';' : ',';
  return text.includes(delimiter) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Undo `csvCell`'s guard on import of the app's own CSV: a leading apostrophe before = + - @ (or tab) is
 * ours, not the user's. A lone apostrophe or one before other text is kept.
 */
export function unguardFormula(cell: string): string {
  return cell.length > 1 && cell.charCodeAt(0) === 39 && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export function toCsv(header: string[], rows: CsvCell[][], options: CsvOptions = {}): string {
  const decimal = options.decimal ?? 'plain';
  const delimiter = decimal === 'vi' ? ';' : ',';
  const lines = [header, ...rows].map((row) => row.map((c) => csvCell(c, decimal)).join(delimiter));
  return (options.bom === false ? '' : '\uFEFF') + lines.join('\r\n') + '\r\n';
}
