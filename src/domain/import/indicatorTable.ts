/**
 * Decides what an indicator table is (VCCI's workbook with one sheet per sub-index, or a one-province indicator table
 * such as a province profile) and reads the one-province table.
 *
 * Recognition (the import's destination "indicators" when a file or paste is dropped on the national import):
 * - a VCCI workbook: a sheet laid out as indicatorWorkbook.ts reads one — it names a PCI sub-index, has a row of short
 *   codes (words, not figures) above its first province and at least 3 provinces (a score table has figures, not
 *   codes, above its provinces);
 * - a one-province table: a table whose header names an indicator column ("Chỉ tiêu", "Indicator", "Mã chỉ tiêu")
 *   or whose rows match at least 2 known indicators, with fewer than 3 rows naming a province (a province table is a
 *   score table, not a profile);
 * - a table of more than MAX_INDICATOR_TABLE_ROWS rows or MAX_INDICATOR_TABLE_COLUMNS columns is neither (VCCI's
 *   sheets have one row per province, a profile one per indicator): a large score file is never scanned twice.
 *
 * The one-province table (rows = indicators with a label and/or a code and the province's value, maybe the national
 * median and the best columns beside it):
 * - the label column is the one with the most text cells; a code column is headed "Mã"/"Code" or holds code-like
 *   words (`LURC`, `c1_2005`); the value column is headed by the province, a year, "Giá trị"/"Value"/"Điểm", else the
 *   first column of figures not headed median, best, worst, highest, lowest, rank or "cả nước" — only its value is read;
 * - a row naming a sub-index (and matching no indicator) sets the sub-index of the rows under it; its figure, if any,
 *   is the province's sub-index score;
 * - a row matches a known indicator by its code (case ignored; within the sub-index in force when two share a code),
 *   else by its label (folded: case, diacritics, punctuation, "CHỈ TIÊU MỚI" ignored); a row that matches none is
 *   listed (a notice at the row), never dropped silently;
 * - a value: a number, or blank/N/A/"-" (missing, never 0); anything else is an error at its cell. A known share
 *   (0–1) printed as a percentage ("55,2%", or above 1) is divided by 100, kept to the printed digits plus two;
 * - the province: given by the user, else the value column's header, else a title above the table, else the file
 *   name; the year likewise (headerYear.ts). Without both, nothing can be read (an error naming what is missing).
 */
import { getIndex, mainComponents, resolveUnit, resolveUnitInAnyYear, unitsForYear, type Catalogue } from '../catalogue/catalogue';
import { readNumberCell } from '../catalogue/numbers';
import { foldText, foldUnitName } from '../catalogue/text';
import type { Localised, Problem } from '../catalogue/types';
import type { IndicatorCatalogueEntry } from '../analysis/indicatorCatalogue';
import { latestYearNamed, yearInFileName, yearsInHeader } from './headerYear';
import { indicatorSheetLayout, printedLabel, subIndexNamed, type IndicatorWorkbook, type PrintedIndicator } from './indicatorWorkbook';
import { problem } from './problems';
import type { SourceTable } from './sourceTable';

/** An indicator the app already knows (from saved workbooks): what a one-province row is matched against. */
export interface KnownIndicator {
  component: string;
  code: string;
  /** Every label it was printed with. */
  labels: string[];
  /** 'share' values are 0–1 (a percentage printed in a profile is divided by 100). */
  unit: string;
}

/** The indicators a one-province table's rows are matched against: every indicator of the catalogue, all its labels. */
export function knownIndicators(catalogue: readonly IndicatorCatalogueEntry[]): KnownIndicator[] {
  return catalogue.map((e) => ({ component: e.component, code: e.code, labels: e.labels.map((l) => l.vi), unit: e.unit }));
}

export type IndicatorTableKind = 'vcci-workbook' | 'province-table';

export interface IndicatorTableRecognition {
  kind: IndicatorTableKind | null;
  /** The sheet or table recognised. */
  table: string | null;
}

export const MAX_INDICATOR_TABLE_ROWS = 1000;
/** VCCI's widest sheet has a few dozen indicator columns, a profile a handful: a wider table is neither. */
export const MAX_INDICATOR_TABLE_COLUMNS = 500;

const tooLarge = (t: SourceTable) => t.rows.length > MAX_INDICATOR_TABLE_ROWS || t.rows.some((r) => r.length > MAX_INDICATOR_TABLE_COLUMNS);

const CODE_LIKE = /^[A-Za-z][A-Za-z0-9_.]*$/;
const isFigure = (cell: string | undefined) => readNumberCell(cell).kind === 'number' && (cell ?? '').trim() !== '';

/** Is this sheet laid out as VCCI's indicator sheet (indicatorWorkbook.ts indicatorSheetLayout)? */
export function isVcciIndicatorSheet(sheet: SourceTable, catalogue: Catalogue, year: number): boolean {
  if (sheet.rows.length < 6 || tooLarge(sheet)) return false;
  return indicatorSheetLayout(sheet, catalogue, year) !== null;
}

/** Which kind of indicator table these tables are, if any (rule above). */
export function recogniseIndicatorTables(all: readonly SourceTable[], fileName: string, catalogue: Catalogue, known: readonly KnownIndicator[] = []): IndicatorTableRecognition {
  const tables = all.filter((t) => !tooLarge(t));
  const year = yearInFileName(fileName) ?? latestYearNamed(tables.flatMap((t) => [t.name, ...(t.rows.slice(0, 3).flat())])) ?? 2016;
  const vcci = tables.find((t) => isVcciIndicatorSheet(t, catalogue, year));
  if (vcci) return { kind: 'vcci-workbook', table: vcci.name };
  for (const t of tables) {
    if (tooLarge(t)) continue;
    const layout = provinceTableLayout(t, catalogue, known);
    if (!layout) continue;
    const provinceRows = t.rows.filter((r) => (r[layout.labelColumn] ?? '').trim() && resolveUnitInAnyYear(catalogue, r[layout.labelColumn])).length;
    if (provinceRows >= 3) continue;
    if (layout.headed || layout.knownRows >= 2) return { kind: 'province-table', table: t.name };
  }
  return { kind: null, table: null };
}

interface ProvinceTableLayout {
  header: number;
  labelColumn: number;
  codeColumn: number;
  valueColumn: number;
  /** The header names an indicator column. */
  headed: boolean;
  /** Rows matching a known indicator. */
  knownRows: number;
}

const INDICATOR_HEADER = /^(?:ten )?(?:chi tieu|chi tieu co so|indicator|indicators|noi dung)\b/;
const CODE_HEADER = /^(?:ma|ma chi tieu|code|indicator code)$/;
const VALUE_HEADER = /^(?:gia tri|value|diem|ket qua|so lieu|tinh|province|score)\b/;
const OTHER_FIGURE_HEADER = /(?:trung vi|median|tot nhat|best|kem nhat|worst|cao nhat|highest|thap nhat|lowest|hang|rank|ca nuoc|national|min\b|max\b|trung binh|average|mean)/;

const matchKey = (text: string) => foldText(printedLabel(text).label).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();

function findKnown(known: readonly KnownIndicator[], code: string, label: string, component: string | null): KnownIndicator | null {
  const c = code.trim().toLowerCase();
  if (c) {
    const byCode = known.filter((k) => k.code.toLowerCase() === c);
    const pick = byCode.find((k) => k.component === component) ?? (byCode.length === 1 ? byCode[0] : null);
    if (pick) return pick;
  }
  const key = matchKey(label);
  if (!key) return null;
  const byLabel = known.filter((k) => k.labels.some((l) => matchKey(l) === key));
  return byLabel.find((k) => k.component === component) ?? byLabel[0] ?? null;
}

/** The columns of a one-province table, or null when it has no label column with figures beside it. */
function provinceTableLayout(table: SourceTable, catalogue: Catalogue, known: readonly KnownIndicator[]): ProvinceTableLayout | null {
  const rows = table.rows;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width < 2 || rows.length < 2) return null;
  // Label column: the most cells of text (two letters or more, not a figure).
  const textCount = Array.from({ length: width }, (_, c) => rows.filter((r) => /\p{L}.*\p{L}/u.test(r[c] ?? '') && !isFigure(r[c]) && !CODE_LIKE.test((r[c] ?? '').trim())).length);
  const labelColumn = textCount.indexOf(Math.max(...textCount));
  // Header: the first row with text in two columns or more above the first row with a label and a figure.
  const firstData = rows.findIndex((r) => (r[labelColumn] ?? '').trim() && r.some((cell, c) => c !== labelColumn && isFigure(cell)));
  if (firstData < 0) return null;
  let header = -1;
  for (let r = firstData - 1; r >= 0; r--) {
    if (rows[r].filter((cell) => cell.trim() && !isFigure(cell)).length >= 2) {
      header = r;
      break;
    }
  }
  const head = (c: number) => (header >= 0 ? foldText(rows[header][c] ?? '') : '');
  const codeCount = Array.from({ length: width }, (_, c) => rows.slice(firstData).filter((r) => CODE_LIKE.test((r[c] ?? '').trim()) && !isFigure(r[c])).length);
  let codeColumn = Array.from({ length: width }, (_, c) => c).find((c) => c !== labelColumn && CODE_HEADER.test(head(c))) ?? -1;
  if (codeColumn < 0) {
    const best = Math.max(...codeCount.map((n, c) => (c === labelColumn ? 0 : n)));
    if (best >= 2) codeColumn = codeCount.findIndex((n, c) => c !== labelColumn && n === best);
  }
  const figureColumns = Array.from({ length: width }, (_, c) => c).filter((c) => c !== labelColumn && c !== codeColumn && rows.slice(firstData).some((r) => isFigure(r[c])));
  if (figureColumns.length === 0) return null;
  const named = figureColumns.find((c) => head(c) && (VALUE_HEADER.test(head(c)) || resolveUnitInAnyYear(catalogue, rows[header][c]) !== undefined || yearsInHeader(rows[header][c]).length > 0) && !OTHER_FIGURE_HEADER.test(head(c)));
  const valueColumn = named ?? figureColumns.find((c) => !OTHER_FIGURE_HEADER.test(head(c))) ?? figureColumns[0];
  const headed = header >= 0 && (INDICATOR_HEADER.test(head(labelColumn)) || (codeColumn >= 0 && CODE_HEADER.test(head(codeColumn))));
  const knownRows = known.length ? rows.slice(firstData).filter((r) => findKnown(known, codeColumn >= 0 ? (r[codeColumn] ?? '') : '', r[labelColumn] ?? '', null)).length : 0;
  return { header, labelColumn, codeColumn, valueColumn, headed, knownRows };
}

/** One row of a one-province table as read. */
export interface ProvinceIndicatorRow {
  place: Localised;
  label: string;
  code: string;
  component: string | null;
  value: number | null;
  /** The known indicator it matched (`component.code`), or null: listed, not imported. */
  matched: string | null;
  /** A share printed as a percentage, divided by 100. */
  fromPercent: boolean;
  /** The value cell as printed ("12,5%"), trimmed. */
  printed: string;
}

export interface ProvinceIndicatorTable {
  year: number | null;
  /** Unit id. */
  province: string | null;
  rows: ProvinceIndicatorRow[];
  /** The matched rows as one edition's indicators for one province (null when year or province is unknown). */
  book: IndicatorWorkbook | null;
  problems: Problem[];
}

/** Units of the year named somewhere in a title (whole folded words). */
function provinceInText(catalogue: Catalogue, text: string, year: number | null): string | null {
  const whole = year !== null ? resolveUnit(catalogue, text, year) : resolveUnitInAnyYear(catalogue, text);
  if (whole) return whole.id;
  const folded = ` ${foldUnitName(text)} `;
  const units = year !== null ? unitsForYear(catalogue, year) : catalogue.units;
  const hit = units.find((u) => [u.vi, u.en].some((n) => foldUnitName(n).length >= 4 && folded.includes(` ${foldUnitName(n)} `)));
  return hit?.id ?? null;
}

/** A percentage as a share, to the digits printed plus two (50,66% → 0.5066 exactly, as the workbook stores it). */
function fromPercentText(percent: number, printed: string): number {
  const decimals = /[.,](\d+)\s*%?\s*$/.exec(printed.trim())?.[1].length ?? 0;
  return Number((percent / 100).toFixed(decimals + 2));
}

/** The sub-index a heading row names as a whole ("Chỉ số thành phần 2: Tiếp cận đất đai", "CSTP2 Tiếp cận đất đai"). */
function subIndexHeading(label: string, catalogue: Catalogue, year: number): string | null {
  const folded = foldText(label)
    .replace(/^(?:chi so thanh phan|cstp|sub ?index)?\s*\d*\s*[.:)–-]?\s*/, '')
    .trim();
  const id = subIndexNamed(folded, catalogue, year);
  const c = id ? mainComponents(getIndex(catalogue, 'PCI'), year).find((x) => x.id === id) : undefined;
  if (!c) return null;
  return [c.vi, c.en, ...(c.aliases ?? [])].some((n) => foldText(n) === folded) ? c.id : null;
}

/** Read a one-province indicator table (rules above). */
export function readProvinceIndicatorTable(
  table: SourceTable,
  file: string,
  catalogue: Catalogue,
  known: readonly KnownIndicator[],
  given: { year?: number | null; province?: string | null } = {},
): ProvinceIndicatorTable {
  const at = (row: number, column: number) => ({ file, line: row + 1, column: column + 1, place: table.place(row, column) });
  const out: ProvinceIndicatorTable = { year: null, province: null, rows: [], book: null, problems: [] };
  const layout = provinceTableLayout(table, catalogue, known);
  if (!layout) {
    out.problems.push(problem('indicator-table-no-rows', { file, line: 0, column: 0 }));
    return out;
  }
  const { header, labelColumn, codeColumn, valueColumn } = layout;
  const rows = table.rows;
  const valueHeader = header >= 0 ? (rows[header][valueColumn] ?? '') : '';
  const titles = rows.slice(0, Math.max(header, 0)).flat().filter((t) => t.trim());
  out.year = given.year ?? yearsInHeader(valueHeader)[0] ?? latestYearNamed(titles) ?? yearInFileName(file) ?? null;
  out.province =
    given.province ??
    (valueHeader ? provinceInText(catalogue, valueHeader, out.year) : null) ??
    titles.map((t) => provinceInText(catalogue, t, out.year)).find((p) => p !== null) ??
    provinceInText(catalogue, file.replace(/\.[a-z]+$/i, '').replace(/[_-]+/g, ' '), out.year);
  if (out.year === null) out.problems.push(problem('indicator-table-needs-year', { file, line: 0, column: 0 }));
  if (out.province === null) out.problems.push(problem('indicator-table-needs-province', { file, line: 0, column: 0 }));

  const year = out.year ?? 2016;
  let component: string | null = null;
  const printed = new Map<string, PrintedIndicator>();
  const figures: IndicatorWorkbook['figures'] = [];
  const subIndexScores: { component: string; value: number }[] = [];
  for (let r = header + 1; r < rows.length; r++) {
    const row = rows[r];
    const label = (row[labelColumn] ?? '').trim();
    const code = codeColumn >= 0 ? (row[codeColumn] ?? '').trim() : '';
    const cell = row[valueColumn] ?? '';
    const hasFigure = row.some((c, i) => i !== labelColumn && i !== codeColumn && isFigure(c));
    if (!label && !code) continue;
    const match = findKnown(known, code, label, component);
    // A sub-index heading (with its score, as a profile prints it, or without): the rows under it belong to it.
    const heading = match || code ? null : subIndexHeading(label, catalogue, year);
    if (heading) {
      component = heading;
      const score = readNumberCell(cell);
      if (score.kind === 'number') subIndexScores.push({ component: heading, value: score.value });
      continue;
    }
    if (!hasFigure && !cell.trim()) continue;
    const read = readNumberCell(cell);
    if (read.kind === 'invalid') {
      out.problems.push(problem('indicator-not-a-number', at(r, valueColumn), { value: read.text, label: label || code }));
      continue;
    }
    const fromPercent = match !== null && match.unit === 'share' && read.kind === 'number' && (/%\s*$/.test(cell) || read.value > 1);
    const value = read.kind === 'number' ? (fromPercent ? fromPercentText(read.value, cell) : read.value) : null;
    const id = match ? `${match.component}.${match.code}` : null;
    out.rows.push({ place: table.place(r, labelColumn), label, code, component: match?.component ?? component, value, matched: id, fromPercent, printed: cell.trim() });
    if (!match) {
      out.problems.push(problem('indicator-row-unmatched', at(r, labelColumn), { value: label || code }));
      continue;
    }
    if (printed.has(id!)) {
      out.problems.push(problem('indicator-row-twice', at(r, labelColumn), { value: label || code }));
      continue;
    }
    // The label the known indicator was printed with (a profile's shorter wording is not a label change).
    printed.set(id!, { component: match.component, code: match.code, label: { vi: match.labels[match.labels.length - 1] ?? label, en: match.labels[match.labels.length - 1] ?? label }, markedNew: false, place: table.place(r, labelColumn).en });
    if (out.year !== null && out.province !== null) figures.push({ year: out.year, unit: out.province, component: match.component, code: match.code, value });
  }
  if (out.year !== null && out.province !== null && printed.size > 0) {
    const components = [...new Set([...printed.values()].map((p) => p.component))];
    out.book = {
      year: out.year,
      indicators: [...printed.values()],
      figures,
      subIndexScores: subIndexScores.map((x) => ({ unit: out.province!, component: x.component, value: x.value })),
      sheets: components.map((c) => ({ name: table.name, component: c, provinces: 1, indicators: [...printed.values()].filter((p) => p.component === c).length })),
      problems: [],
    };
  }
  return out;
}
