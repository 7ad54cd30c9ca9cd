/**
 * Wide tables, as published tables are copied into spreadsheets: one row per province, one column per
 * component, plus optional rank ("Xếp hạng") and tier ("Nhóm": "Rất tốt", "Tốt", "Khá" …) columns.
 *
 * Rules:
 * - the index and year are not in the table: the user (or `npm run import -- --index --year`) gives them;
 * - headers are matched to the catalogue by Vietnamese or English name, with or without diacritics,
 *   through the catalogue's aliases; leading numbering ("1. ", "CSTP 3:") and the index's own name
 *   ("Xếp hạng PCI") are ignored; each match is a suggestion the user confirms or changes (`mapping`);
 * - the province column is found by its header or, failing that, by its content;
 * - the rank and tier belong to the composite (`total`); a tier is kept as printed;
 * - cells are read like long files (numbers.ts): decimal comma or point, "N/A" → missing (never 0);
 * - every problem is located: file, line, column (1-based). Parsing never throws.
 */
import { componentValidIn, mainComponents, readUnitName, scaleFor, weightFor, type Catalogue } from '../catalogue/catalogue';
import { provinceSetOfYear, readProvinceCell, SpellingsRead, UnresolvedNames, type ProvinceCellReading, type SpellingRead, type UnitNameOptions, type UnresolvedName } from './unitNames';
import { readNumberCell } from '../catalogue/numbers';
import { matchLongHeader, readCsvGrid, checkText, type CsvGrid } from './parse';
import { toCsv } from './csvExport';
import { readWideRow, type WideRowLayout } from './wideRow';
import { problem } from './problems';
import { findLocalUnit, isLocalUnitId, splitLocalUnitId } from '../province/provinceUnits';
import { foldText } from '../catalogue/text';
import { readHeader } from './headerMatch';
import { latestYearNamed, yearInFileName } from './headerYear';
import { scoreKey } from './importChecks';
import type { ComponentDef, IndexDef, Location, ParseResult, Problem, Score } from '../catalogue/types';
import type { EditionStructure, StructureColumn } from '../catalogue/editionStructure';

export type ColumnRole = 'province' | 'component' | 'rank' | 'tier' | 'ignore';

/** What one header of a wide table means. `column` is 0-based. */
export interface ColumnMatch {
  column: number;
  header: string;
  role: ColumnRole;
  /** Component id when `role` is 'component'. */
  component?: string;
  /** Edition of this column when its header names one other than the table's year ("Xếp hạng 2015"). */
  year?: number;
  /** The user said this column is to be left out ("Bỏ qua cột này", `--ignore-column`): no longer held as unmatched. */
  leftOut?: boolean;
}

export interface WideOptions {
  /** Index id (or alias) the table belongs to, confirmed by the user. */
  index: string;
  year: number;
  /** Confirmed header matches; defaults to `matchWideColumns`. */
  mapping?: ColumnMatch[];
  /** Label for `Score.source`; defaults to the file name. */
  source?: string;
  /** Provinces the user picked for names the table prints (unitNames.ts), and whether near misses are taken as guessed (CLI). */
  unitNames?: UnitNameOptions;
}

export interface WideResult extends ParseResult<Score> {
  mapping: ColumnMatch[];
  /** Where each score's cell sits, by `scoreKey`, so later checks can point at it. */
  locations: Map<string, Location>;
  /** Province names not read as a unit of their year (near misses, other periods, unknown), once per name. */
  unresolved: UnresolvedName[];
  /** Province names taken through another spelling ("Đắc Lắc" → Đắk Lắk), once per name, to tell the user (unitNames.ts). */
  spellings?: SpellingRead[];
}

export type TableShape = 'long' | 'wide';

/**
 * A table is long when its header names at least two of index, year, component, score (a long file
 * missing one column is still long, so the parser can say which); a published table names none of them.
 */
export function tableShape(header: readonly string[]): TableShape {
  const found = new Set(header.map((h) => matchLongHeader(h)));
  return (['index', 'year', 'component', 'score'] as const).filter((c) => found.has(c)).length >= 2 ? 'long' : 'wide';
}

/** Headers of columns that only number or code the rows ("STT", "Mã tỉnh"): left out without a warning. */
function isNumberingHeader(header: string, index: IndexDef): boolean {
  return header.trim() !== '' && readHeader(header, index).role === 'numbering';
}

/**
 * Share of the sample cells in a column that name a province valid in `year`. A cell without a letter ("5,5")
 * names none; each text is read once for all columns (`named`): a pasted colspan=1000 made a table of 1,000
 * columns of the same figures, and reading each cell as a possible misspelt name took 10 s.
 */
function provinceShare(rows: readonly string[][], column: number, catalogue: Catalogue, year: number, named: Map<string, boolean>): number {
  const cells = rows.map((r) => r[column]?.trim() ?? '').filter(Boolean);
  if (cells.length === 0) return 0;
  const names = (c: string) => {
    let is = named.get(c);
    if (is === undefined) named.set(c, (is = /\p{L}/u.test(c) && readUnitName(catalogue, c, year).kind !== 'unknown'));
    return is;
  };
  return cells.filter(names).length / cells.length;
}

/** Enough of a column's cells are province names to call it the province column. */
export const PROVINCE_CONTENT_SHARE = 0.6;

/**
 * Suggested meaning of each header (headerMatch.ts reads them); the UI shows these for the user to
 * confirm or change. A header naming a year other than `year` keeps it: a table with "Điểm 2015" and
 * "Điểm 2016" side by side holds two editions.
 */
export function matchWideColumns(header: readonly string[], index: IndexDef, year: number, catalogue: Catalogue, body: readonly string[][] = []): ColumnMatch[] {
  const taken = new Set<string>();
  const matches: ColumnMatch[] = header.map((raw, column) => {
    const h = raw.trim();
    if (h === '') return { column, header: h, role: 'ignore' };
    if (matchLongHeader(h) === 'province') return { column, header: h, role: 'province' };
    const meaning = readHeader(h, index);
    const own = meaning.year !== undefined && meaning.year !== year ? { year: meaning.year } : {};
    if (meaning.role === 'province') return { column, header: h, role: 'province' };
    if (meaning.role === 'rank' || meaning.role === 'tier') {
      const key = `${meaning.role}|${meaning.year ?? year}`;
      if (taken.has(key)) return { column, header: h, role: 'ignore' };
      taken.add(key);
      return { column, header: h, role: meaning.role, ...own };
    }
    if (meaning.role === 'component' && meaning.component) {
      const key = `${meaning.component}|${meaning.year ?? year}`;
      if (!taken.has(key)) {
        taken.add(key);
        return { column, header: h, role: 'component', component: meaning.component, ...own };
      }
    }
    return { column, header: h, role: 'ignore' };
  });
  if (!matches.some((m) => m.role === 'province')) {
    const sample = body.slice(0, 50);
    const named = new Map<string, boolean>();
    const best = matches
      .filter((m) => m.role === 'ignore')
      .map((m) => ({ m, share: provinceShare(sample, m.column, catalogue, year, named) }))
      .sort((a, b) => b.share - a.share)[0];
    if (best && best.share >= PROVINCE_CONTENT_SHARE) best.m.role = 'province';
  }
  if (matches.filter((m) => m.role === 'province').length > 1) {
    // Two columns look like provinces (e.g. "Tỉnh" and "Tỉnh/Thành phố"): keep the first.
    matches.filter((m) => m.role === 'province').slice(1).forEach((m) => (m.role = 'ignore'));
  }
  return matches;
}

/** The editions a mapping fills: `year` for columns naming none, and each year a header names. */
export function mappingYears(mapping: readonly ColumnMatch[], year: number): number[] {
  const years = new Set(mapping.filter((m) => m.role === 'component' || m.role === 'rank' || m.role === 'tier').map((m) => m.year ?? year));
  return [...years].sort((a, b) => a - b);
}

/** Share of a column's non-blank cells that must be numbers for it to count as a column of figures. */
export const NUMBER_COLUMN_SHARE = 0.5;

/** How many of a column's cells hold a number, when most of its non-blank cells do (else 0): a column of figures. */
export function figuresInColumn(body: readonly string[][], column: number): number {
  let filled = 0;
  let numbers = 0;
  for (const row of body) {
    const text = row[column]?.trim() ?? '';
    if (text === '') continue;
    filled++;
    if (readNumberCell(text).kind === 'number') numbers++;
  }
  return numbers > 0 && numbers >= filled * NUMBER_COLUMN_SHARE ? numbers : 0;
}

/**
 * Columns of figures that match nothing and that the user has not said to leave out: they hold the import
 * (a 20%-weight component must never vanish because its header was worded differently).
 */
export function unmatchedFigureColumns(mapping: readonly ColumnMatch[], index: IndexDef, body: readonly string[][]): { column: ColumnMatch; count: number }[] {
  return mapping
    .filter((m) => m.role === 'ignore' && !m.leftOut && m.header !== '' && !isNumberingHeader(m.header, index))
    .map((m) => ({ column: m, count: figuresInColumn(body, m.column) }))
    .filter((x) => x.count > 0);
}

/**
 * Weighted components of the edition that no column fills, with their weight (PCI 2019 "Dịch vụ hỗ trợ doanh
 * nghiệp — trọng số 20%"): said before the import, so a missing one is a choice, not an accident. Only when the
 * mapping fills some other component of that edition.
 */
export function unmappedWeightedComponents(mapping: readonly ColumnMatch[], index: IndexDef, year: number): { component: ComponentDef; weight: number }[] {
  const mapped = new Set(mapping.filter((m) => m.role === 'component' && (m.year ?? year) === year).map((m) => m.component));
  const main = mainComponents(index, year);
  // A table of the composite alone does not carry components: nothing is missing from it.
  if (!main.some((c) => mapped.has(c.id))) return [];
  return main
    .filter((c) => !mapped.has(c.id))
    .map((component) => ({ component, weight: weightFor(component, year) ?? 0 }))
    .filter((x) => x.weight > 0);
}

/** A component's name in both languages for a message (its id only when the catalogue does not know it). */
function nameOf(index: IndexDef, id: string): { vi: string; en: string } {
  const def = index.components.find((c) => c.id === id);
  return def ? { vi: def.vi, en: def.en } : { vi: id, en: id };
}

/** Problems with a mapping itself (no province column, no component, a component twice, a column of figures matched to nothing). Errors block the import. */
export function mappingProblems(mapping: readonly ColumnMatch[], index: IndexDef, year: number, file: string, line: number, body: readonly string[][] = []): Problem[] {
  const issues: Problem[] = [];
  if (!mapping.some((m) => m.role === 'province')) issues.push(problem('no-province-column', { file, line, column: 0 }));
  const components = mapping.filter((m) => m.role === 'component' && m.component);
  if (components.length === 0) issues.push(problem('no-component-column', { file, line, column: 0 }, { index: index.id }));
  const firstFor = new Map<string, ColumnMatch>();
  for (const m of components) {
    const columnYear = m.year ?? year;
    const key = `${m.component}|${columnYear}`;
    const first = firstFor.get(key);
    if (first) {
      issues.push(problem('duplicate-component-column', { file, line, column: m.column + 1 }, { value: m.header, first: first.column + 1, component: nameOf(index, m.component!) }));
      continue;
    }
    firstFor.set(key, m);
    const def = index.components.find((c) => c.id === m.component);
    if (!def) issues.push(problem('unknown-component', { file, line, column: m.column + 1 }, { value: m.component!, index: index.id }));
    else if (!componentValidIn(def, columnYear)) issues.push(problem('component-not-in-year', { file, line, column: m.column + 1 }, { value: { vi: def.vi, en: def.en }, index: index.id, year: columnYear }));
  }
  const figures = new Map(unmatchedFigureColumns(mapping, index, body).map((x) => [x.column.column, x.count] as const));
  for (const m of mapping) {
    if (m.role !== 'ignore' || m.header === '' || isNumberingHeader(m.header, index)) continue;
    const count = figures.get(m.column);
    if (count) issues.push(problem('unmatched-figure-column', { file, line, column: m.column + 1 }, { value: m.header, count }));
    else if (!m.leftOut) issues.push(problem('unmatched-header', { file, line, column: m.column + 1 }, { value: m.header }));
  }
  for (const { component, weight } of unmappedWeightedComponents(mapping, index, year)) {
    issues.push(problem('weighted-component-unmapped', { file, line, column: 0 }, { component: component.vi, componentEn: component.en, weight: Math.round(weight * 1000) / 10 }));
  }
  return issues;
}

/**
 * A column with figures under a blank header ("Tỉnh,PCI," then "Hà Nội,65,7.5") is never dropped without a
 * word: an error while the mapping is only suggested, a warning once the user chose to ignore it.
 */
function blankHeaderProblems(grid: CsvGrid, mapping: readonly ColumnMatch[], file: string, confirmed: boolean): Problem[] {
  const header = grid.rows[0] ?? [];
  const roles = new Map(mapping.map((m) => [m.column, m.role]));
  // One pass over the cells (a table may have 200,000 rows or 100,000 columns): figures and first line per column.
  const counts: number[] = [];
  const firstRow: number[] = [];
  for (let r = 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (let column = 0; column < row.length; column++) {
      if (row[column].trim() === '') continue;
      if (counts[column] === undefined) {
        counts[column] = 0;
        firstRow[column] = r;
      }
      counts[column]++;
    }
  }
  const dataRows = grid.rows.length - 1;
  const issues: Problem[] = [];
  for (let column = 0; column < counts.length; column++) {
    const count = counts[column];
    if (count === undefined || (header[column] ?? '').trim() !== '') continue;
    if ((roles.get(column) ?? 'ignore') !== 'ignore') continue;
    // Past the header's last cell, a few rows reaching that far are rows with a cell too many (a stray
    // delimiter): each is reported at its own line (field-count), not as a column without a header.
    if (column >= header.length && count * 2 <= dataRows) continue;
    const firstLine = grid.lines[firstRow[column]];
    issues.push(problem(confirmed ? 'blank-header-column-ignored' : 'blank-header-column', { file, line: confirmed ? firstLine : grid.lines[0], column: column + 1 }, { column: column + 1, count }));
  }
  return issues;
}

function knownTier(index: IndexDef, text: string): boolean {
  const labels = index.tiers.labels ?? [];
  const folded = foldText(text);
  return labels.some((l) => foldText(l.vi) === folded || foldText(l.en) === folded || l.id === text);
}

/** Turn a wide grid into long scores for one index and year. */
export function wideToScores(grid: CsvGrid, file: string, catalogue: Catalogue, options: WideOptions & { indexDef: IndexDef }): WideResult {
  const { indexDef: index, year } = options;
  const issues: Problem[] = [...grid.issues];
  const rows: Score[] = [];
  const locations = new Map<string, Location>();
  if (grid.rows.length === 0) return { rows, issues: [...issues, problem('empty-file', { file, line: 1, column: 0 })], mapping: [], locations, unresolved: [] };
  const header = grid.rows[0];
  const headerLine = grid.lines[0];
  const mapping = options.mapping ?? matchWideColumns(header, index, year, catalogue, grid.rows.slice(1));
  const mappingIssues = [...mappingProblems(mapping, index, year, file, headerLine, grid.rows.slice(1)), ...blankHeaderProblems(grid, mapping, file, options.mapping !== undefined)];
  for (const p of mappingIssues) issues.push(p);
  if (mappingIssues.some((p) => p.severity === 'error')) return { rows, issues, mapping, locations, unresolved: [] };
  if (grid.rows.length === 1) issues.push(problem('empty-file', { file, line: headerLine, column: 0 }));

  const provinceColumn = mapping.find((m) => m.role === 'province')!.column;
  const years = mappingYears(mapping, year);
  const editions = years.map((y) => {
    const own = (m: ColumnMatch) => (m.year ?? year) === y;
    const componentColumns = mapping
      .filter((m) => m.role === 'component' && m.component && own(m))
      .map((m) => ({ column: m.column, def: index.components.find((c) => c.id === m.component)! }));
    const layout: WideRowLayout = {
      scoreColumns: componentColumns.map(({ column, def }) => {
        const { min, max } = scaleFor(def, y);
        return { column, component: def.id, name: { vi: def.vi, en: def.en }, min, max };
      }),
      rankColumn: mapping.find((m) => m.role === 'rank' && own(m))?.column ?? -1,
      tierColumn: mapping.find((m) => m.role === 'tier' && own(m))?.column ?? -1,
      knownTier: (text) => knownTier(index, text),
      indexName: index.id,
    };
    /** Each printed name resolved once (a table of 200,000 rows has a few dozen names). */
    return { year: y, layout, seen: new Map<string, number>(), units: new Map<string, ProvinceCellReading>() };
  });
  const needed = mapping.reduce((most, m) => (m.role !== 'ignore' && m.column > most ? m.column : most), provinceColumn) + 1;
  const source = options.source ?? file;
  const unresolved = new UnresolvedNames();
  const spellings = new SpellingsRead();

  for (let r = 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    const line = grid.lines[r];
    const at = (c: number): Location => ({ file, line, column: c + 1 });
    if (cells.length !== header.length) {
      issues.push(problem('field-count', { file, line, column: Math.min(cells.length, header.length) + 1 }, { found: cells.length, expected: header.length }));
      if (cells.length < needed) continue;
    }
    const provinceText = cells[provinceColumn]?.trim() ?? '';
    for (const edition of editions) {
      const { year: y, layout, seen } = edition;
      let cell = edition.units.get(provinceText);
      if (!cell) edition.units.set(provinceText, (cell = readProvinceCell(catalogue, provinceText, y, index.id, options.unitNames)));
      if (cell.problemAt) issues.push(cell.problemAt(at(provinceColumn)));
      const { unit } = cell;
      if (!unit) {
        unresolved.add(provinceText, y, cell, at(provinceColumn), provinceSetOfYear(catalogue, y));
        continue;
      }
      spellings.add(provinceText, cell, at(provinceColumn));
      const firstLine = seen.get(unit.id);
      if (firstLine !== undefined) {
        issues.push(problem('duplicate-unit-row', at(provinceColumn), { index: index.id, year: y, unit: { vi: unit.vi, en: unit.en }, firstLine }));
        continue;
      }
      seen.set(unit.id, line);

      const read = readWideRow(cells, at, layout, { index: index.id, year: y, unit: unit.id, source }, issues);
      for (const { score, column } of read.scores) locations.set(scoreKey(score), at(column));
      if (read.ok) rows.push(...read.scores.map((x) => x.score));
    }
  }
  return { rows, issues, mapping, locations, unresolved: unresolved.list(), spellings: spellings.list() };
}

/** Parse a wide table's text. Never throws; an unknown index is a located error. */
export function parseWideCsv(text: string, file: string, catalogue: Catalogue, options: WideOptions): WideResult {
  const empty = { rows: [], mapping: [], locations: new Map<string, Location>(), unresolved: [] };
  const checked = checkText(text, file);
  if (checked.issues.length) return { ...empty, issues: checked.issues };
  const indexDef = catalogue.indices.find((i) => i.id === options.index) ?? catalogue.indices.find((i) => foldText(i.id) === foldText(options.index) || i.aliases.some((a) => foldText(a) === foldText(options.index)));
  // The index and year were given for the whole table (not read from a cell): reported at its first line.
  if (!indexDef) return { ...empty, issues: [problem('unknown-index', { file, line: 1, column: 0 }, { value: options.index })] };
  if (!Number.isInteger(options.year) || options.year < indexDef.firstYear) {
    return { ...empty, issues: [problem('year-before-index', { file, line: 1, column: 0 }, { value: options.year, index: indexDef.id, first: indexDef.firstYear })] };
  }
  return wideToScores(readCsvGrid(checked.text, file), file, catalogue, { ...options, indexDef });
}

/** Index and year suggested by a file name such as "PCI_2021_bang-xep-hang.csv"; the user confirms them. */
export function guessIndexAndYear(fileName: string, catalogue: Catalogue): { index: string | null; year: number | null } {
  const folded = foldText(fileName.replace(/\.[a-z]+$/i, ''));
  const year = yearInFileName(folded);
  const words = new Set(folded.split(' '));
  const index = catalogue.indices.find((i) => words.has(foldText(i.id)) || i.aliases.some((a) => words.has(foldText(a)))) ?? null;
  return { index: index?.id ?? null, year };
}

/**
 * Index and year suggested by a table's own words (sheet name, title rows, headers) when the file name
 * gives none: "BẢNG XẾP HẠNG PCI 2016", "Điểm số PCI 2025". The index is the one whose name appears
 * (whole words); the year is the latest one named (a table with 2015 and 2016 side by side is the
 * 2016 edition with 2015 beside it).
 */
export function guessEditionFromText(texts: readonly string[], catalogue: Catalogue): { index: string | null; year: number | null } {
  const padded = ` ${texts.map(foldText).join(' ')} `;
  const index = catalogue.indices.find((i) => [i.id, i.label, ...i.aliases].map(foldText).some((n) => n && padded.includes(` ${n} `))) ?? null;
  return { index: index?.id ?? null, year: latestYearNamed(texts) };
}

/** Scores as a long-format CSV (the format `npm run validate` checks), provinces by their Vietnamese name. */
export function toLongCsv(scores: readonly Score[], catalogue: Catalogue, options: { bom?: boolean } = {}): string {
  const names = new Map(catalogue.units.map((u) => [u.id, u.vi]));
  if (scores.some((s) => isLocalUnitId(s.unit))) return toLocalLongCsv(scores, catalogue, names, options);
  return toCsv(
    ['index', 'year', 'province', 'component', 'score', 'rank', 'tier', 'source', 'note'],
    scores.map((s) => [s.index, s.year, names.get(s.unit) ?? s.unit, s.component, s.value, s.officialRank, s.tier ?? null, s.source, s.note ?? null]),
    { bom: options.bom },
  );
}

/**
 * Scores of units inside a province (a province-run index such as DDCI) as long CSV: the `province` column keeps
 * the province and a `unit` column names the department or locality; the index is written by its name ("DDCI");
 * a not-applicable figure is written "-" as the table printed it (blank stays missing); responses are kept.
 */
function toLocalLongCsv(scores: readonly Score[], catalogue: Catalogue, names: Map<string, string>, options: { bom?: boolean }): string {
  const label = (index: string) => catalogue.indices.find((i) => i.id === index)?.label ?? index.split('@')[0];
  return toCsv(
    ['index', 'year', 'province', 'unit', 'component', 'score', 'rank', 'tier', 'responses', 'source', 'note'],
    scores.map((s) => {
      const split = splitLocalUnitId(s.unit);
      const province = split ? (names.get(split.province) ?? split.province) : (names.get(s.unit) ?? s.unit);
      const unit = split ? (findLocalUnit(catalogue, s.unit)?.vi ?? split.localId) : null;
      return [label(s.index), s.year, province, unit, s.component, s.notApplicable ? '-' : s.value, s.officialRank, s.tier ?? null, s.responses ?? null, s.source, s.note ?? null];
    }),
    { bom: options.bom },
  );
}

/**
 * A header read for a new structure (catalogue/editionStructure.ts): each column as figures (a component of the
 * new structure), the composite, or other (province, rank, group, numbering, text), with its largest figure.
 */
export function structureColumnsOf(mapping: readonly ColumnMatch[], index: IndexDef, body: readonly string[][]): StructureColumn[] {
  const unmatched = new Set(unmatchedFigureColumns(mapping, index, body).map((x) => x.column.column));
  return mapping.map((m) => {
    const largest = body.reduce((most, row) => {
      const cell = readNumberCell(row[m.column]?.trim() ?? '');
      return cell.kind === 'number' && cell.value !== null && cell.value > most ? cell.value : most;
    }, -Infinity);
    const kind: StructureColumn['kind'] =
      m.role === 'component' && m.component === 'total' ? 'composite' : (m.role === 'component' && figuresInColumn(body, m.column) > 0) || unmatched.has(m.column) ? 'figures' : 'other';
    return { header: m.header, kind, ...(Number.isFinite(largest) ? { largest } : {}) };
  });
}

/** The mapping under a declared structure: each column of figures to its new component, the rest as suggested. */
export function mappingForStructure(mapping: readonly ColumnMatch[], columns: readonly StructureColumn[], structure: EditionStructure): ColumnMatch[] {
  const ids = structure.components.map((c) => c.id);
  let next = 0;
  return mapping.map((m, i) => (columns[i]?.kind === 'figures' ? { column: m.column, header: m.header, role: 'component' as const, component: ids[next++] } : m));
}
