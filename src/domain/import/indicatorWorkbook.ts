/**
 * Reads PCI base indicators (chỉ tiêu cơ sở) from VCCI's workbook layout, for any edition a user holds:
 * one sheet per sub-index, row 1 the indicator labels as printed, row 3 the short codes (`LURC`, `c1_2005`), then
 * one row per province: PCI ID, province name, the sub-index score, then one column per indicator. A later edition
 * may move the header rows: the codes row is the lowest row above the first province whose cells after the score
 * are all short code words; the labels row is the header row with the most texts (the first on a tie); a row of
 * plain Latin words is the English labels; at most 6 header rows.
 *
 * Rules:
 * - a sheet is a sub-index sheet when its name, or a label in its first rows, names a PCI sub-index (with or without
 *   diacritics, numbering such as "CSTP2" or "2." ignored); summary and notes sheets (no codes, or no sub-index) are
 *   left out with a notice, never an error;
 * - the province column is the one whose cells name provinces; the sub-index score is the first number column after
 *   it; every later column with a code in the codes row is an indicator; a column without a code but with figures is an error
 *   at its cell (its figures cannot be named);
 * - a label ending "CHỈ TIÊU MỚI" (new indicator) is kept without the marker and the edition recorded as its first;
 * - a value cell: a number (full stored precision), or blank / N/A / "-" (missing, never 0); anything else is an error
 *   at its cell (`PCI_2016!F12`) and blocks the import, as for score tables;
 * - a province named twice in one sheet is an error at the second row.
 */
import { findIndex, getIndex, mainComponents, resolveUnit, resolveUnitInAnyYear, type Catalogue } from '../catalogue/catalogue';
import { readNumberCell } from '../catalogue/numbers';
import { foldText } from '../catalogue/text';
import type { Localised, Problem } from '../catalogue/types';
import { problem } from './problems';
import type { SourceTable } from './sourceTable';

/** One indicator column as printed in one edition's sheet. */
export interface PrintedIndicator {
  component: string;
  code: string;
  label: Localised;
  /** The label carried the "CHỈ TIÊU MỚI" marker. */
  markedNew: boolean;
  /** Sheet and column it was read from (`PCI_2016!F1`). */
  place: string;
}

export interface IndicatorSheetFigure {
  year: number;
  unit: string;
  component: string;
  code: string;
  value: number | null;
}

export interface IndicatorWorkbook {
  year: number;
  indicators: PrintedIndicator[];
  figures: IndicatorSheetFigure[];
  /** The sub-index score printed beside each province (for the direction evidence). */
  subIndexScores: { unit: string; component: string; value: number | null }[];
  /** Sheets read, with their sub-index. */
  sheets: { name: string; component: string; provinces: number; indicators: number }[];
  problems: Problem[];
}

const NEW_MARKER = /\s*[-–(]*\s*chỉ tiêu mới\s*\)?\s*$/iu;

/** The PCI sub-index a sheet name or label names (`Tiep can dat dai`, `CSTP2 Tiếp cận đất đai`), if any. */
export function subIndexNamed(text: string, catalogue: Catalogue, year: number): string | null {
  const folded = foldText(text).replace(/^(?:cstp\s*\d+|\d+)\s*/, '').trim();
  if (!folded) return null;
  const ix = getIndex(catalogue, 'PCI');
  for (const c of mainComponents(ix, year)) {
    const names = [c.id.replace(/_/g, ' '), c.vi, c.en, ...(c.aliases ?? [])].map(foldText).filter(Boolean);
    if (names.some((n) => folded === n || (n.length >= 8 && folded.includes(n)))) return c.id;
  }
  return null;
}

/** Strip the "CHỈ TIÊU MỚI" marker from a printed label. */
export function printedLabel(text: string): { label: string; markedNew: boolean } {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const label = trimmed.replace(NEW_MARKER, '').trim();
  return { label, markedNew: label !== trimmed };
}

/** Where a sheet's parts are (rule above), or null when it is not a sub-index indicator sheet. */
export interface IndicatorSheetLayout {
  component: string;
  provinceColumn: number;
  /** 0-based rows: the short codes, the labels as printed, an English label row if any, the first province row. */
  codesRow: number;
  labelsRow: number;
  englishRow: number | null;
  firstDataRow: number;
  width: number;
}

const CODE_WORD = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/** Header rows looked at above the first province (a title, labels, English labels, codes). */
const MAX_HEADER_ROWS = 6;

export function indicatorSheetLayout(sheet: SourceTable, catalogue: Catalogue, year: number): IndicatorSheetLayout | null {
  const rows = sheet.rows;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  // Province column: the column naming the most provinces (in any period: a later edition's merged units too).
  let provinceColumn = -1;
  let provinceCount = 0;
  for (let c = 0; c < Math.min(width, 8); c++) {
    let n = 0;
    for (let r = 1; r < rows.length; r++) if ((rows[r][c] ?? '').trim() && resolveUnitInAnyYear(catalogue, rows[r][c])) n++;
    if (n > provinceCount) [provinceColumn, provinceCount] = [c, n];
  }
  if (provinceCount < 3) return null;
  const firstDataRow = rows.findIndex((r) => (r[provinceColumn] ?? '').trim() !== '' && resolveUnitInAnyYear(catalogue, r[provinceColumn]) !== undefined);
  if (firstDataRow < 1 || firstDataRow > MAX_HEADER_ROWS) return null;
  const head = rows.slice(0, firstDataRow);
  const after = (r: readonly string[]) => r.slice(provinceColumn + 2).filter((c) => c.trim());
  // Codes: the lowest header row whose cells after the score column are all short code words.
  let codesRow = -1;
  for (let r = firstDataRow - 1; r >= 0; r--) {
    const cells = after(rows[r]);
    // Words naming sub-indices ("Land", "Time") head a score table's columns: they are not indicator codes.
    const named = cells.filter((c) => subIndexNamed(c, catalogue, year) !== null).length;
    if (cells.length > 0 && named * 2 < cells.length && cells.every((c) => CODE_WORD.test(c.trim()) && readNumberCell(c).kind !== 'number')) {
      codesRow = r;
      break;
    }
  }
  if (codesRow < 0) return null;
  const component = subIndexNamed(sheet.name, catalogue, year) ?? head.flat().map((t) => subIndexNamed(t, catalogue, year)).find((c) => c !== null) ?? null;
  if (!component) return null;
  // Labels: the header row (not the codes) with the most texts after the score column, the first one on a tie;
  // an English row: another header row of plain Latin words.
  const others = head.map((_, r) => r).filter((r) => r !== codesRow);
  const texts = (r: number) => after(rows[r]).length;
  const labelsRow = others.reduce((best, r) => (best < 0 || texts(r) > texts(best) ? r : best), -1);
  if (labelsRow < 0) return null;
  const englishRow = others.find((r) => r !== labelsRow && after(rows[r]).length > 0 && after(rows[r]).every((c) => /^[\x20-\x7E]+$/.test(c))) ?? null;
  return { component, provinceColumn, codesRow, labelsRow, englishRow, firstDataRow, width };
}

export function readIndicatorWorkbook(sheets: readonly SourceTable[], file: string, year: number, catalogue: Catalogue): IndicatorWorkbook {
  const out: IndicatorWorkbook = { year, indicators: [], figures: [], subIndexScores: [], sheets: [], problems: [] };
  const at = (sheet: SourceTable, row: number, column: number) => ({ file, line: row + 1, column: column + 1, place: sheet.place(row, column) });
  const ix = findIndex(catalogue, 'PCI');
  if (!ix) return out;

  for (const sheet of sheets) {
    const rows = sheet.rows;
    const layout = indicatorSheetLayout(sheet, catalogue, year);
    if (!layout) {
      out.problems.push(problem('indicator-sheet-skipped', at(sheet, 0, -1), { value: sheet.name }));
      continue;
    }
    const { component, provinceColumn, codesRow, labelsRow, englishRow, firstDataRow, width } = layout;
    const codes = rows[codesRow] ?? [];
    const codeColumns = codes.map((c, i) => (c.trim() && i > provinceColumn + 1 ? i : -1)).filter((i) => i >= 0);
    const scoreColumn = provinceColumn + 1;
    const indicatorsHere: PrintedIndicator[] = [];
    const seenCodes = new Map<string, number>();
    for (const c of codeColumns) {
      const code = codes[c].trim();
      if (seenCodes.has(code)) {
        out.problems.push(problem('indicator-duplicate-code', at(sheet, codesRow, c), { value: code, first: sheet.place(codesRow, seenCodes.get(code)!).en }));
        continue;
      }
      seenCodes.set(code, c);
      const { label, markedNew } = printedLabel(rows[labelsRow]?.[c] ?? '');
      const en = englishRow === null ? '' : (rows[englishRow]?.[c] ?? '').trim();
      // Row 2 holds an English label in some editions: kept only when it reads as one (Latin letters, several words).
      const enLabel = en && /^[\x20-\x7E]+$/.test(en) && /[a-z]+ [a-z]+/i.test(en) ? en : label;
      indicatorsHere.push({ component, code, label: { vi: label || code, en: enLabel || code }, markedNew, place: sheet.place(labelsRow, c).en });
    }
    // A column with figures but no code cannot be named.
    for (let c = scoreColumn + 1; c < width; c++) {
      if ((codes[c] ?? '').trim()) continue;
      const figures = rows.slice(firstDataRow).filter((r) => readNumberCell(r[c]).kind === 'number').length;
      if (figures > 0) out.problems.push(problem('indicator-no-code', at(sheet, codesRow, c), { count: figures, row: codesRow + 1 }));
    }

    const seenProvince = new Map<string, number>();
    let provinces = 0;
    for (let r = firstDataRow; r < rows.length; r++) {
      const name = (rows[r][provinceColumn] ?? '').trim();
      if (!name) continue;
      const unit = resolveUnit(catalogue, name, year);
      if (!unit) {
        // A footnote or region heading has no number in the indicator columns; a province we cannot name is an error.
        const hasNumber = codeColumns.some((c) => readNumberCell(rows[r][c]).kind === 'number');
        if (hasNumber) out.problems.push(problem('unknown-province', at(sheet, r, provinceColumn), { value: name, year }));
        continue;
      }
      if (seenProvince.has(unit.id)) {
        out.problems.push(problem('indicator-duplicate-province', at(sheet, r, provinceColumn), { value: name, firstLine: seenProvince.get(unit.id)! + 1 }));
        continue;
      }
      seenProvince.set(unit.id, r);
      provinces++;
      const scoreCell = readNumberCell(rows[r][scoreColumn]);
      out.subIndexScores.push({ unit: unit.id, component, value: scoreCell.kind === 'number' ? scoreCell.value : null });
      for (const ind of indicatorsHere) {
        const c = seenCodes.get(ind.code)!;
        const cell = readNumberCell(rows[r][c]);
        if (cell.kind === 'invalid') {
          out.problems.push(problem('not-a-number', at(sheet, r, c), { value: cell.text }));
          continue;
        }
        out.figures.push({ year, unit: unit.id, component, code: ind.code, value: cell.kind === 'number' ? cell.value : null });
      }
    }
    out.indicators.push(...indicatorsHere);
    out.sheets.push({ name: sheet.name, component, provinces, indicators: indicatorsHere.length });
  }
  if (out.sheets.length === 0) out.problems.push(problem('no-indicator-sheet', { file, line: 0, column: 0 }, { sheets: sheets.map((s) => s.name).join(', ') }));
  return out;
}
