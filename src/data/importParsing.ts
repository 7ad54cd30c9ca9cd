/**
 * The import pipeline as the parse worker runs it (no DOM, so it also runs in Node for tests and the bench):
 * inspect a file (long or wide, suggested index/year/mapping) → analyse it (parse, validate, consistency
 * warnings, diff against the loaded figures) → build the record to store once the user has decided.
 * Rules live in src/domain (parse, wide, importChecks); this file only sequences them and reports progress.
 */
import { findIndex, type Catalogue } from '@/domain/catalogue/catalogue';
import { checkText, gridToScores, parseScoresCsv, readCsvGrid, type CsvGrid } from '@/domain/import/parse';
import { appliedScores, diffImport, importWarnings, scoreKey, type ImportDiff, type ScoreLocations, type Replacement, type Resolution } from '@/domain/import/importChecks';
import { problem } from '@/domain/import/problems';
import { guessEditionFromText, guessIndexAndYear, mappingForStructure, matchWideColumns, structureColumnsOf, tableShape, toLongCsv, wideToScores, type ColumnMatch, type TableShape } from '@/domain/import/wide';
import { structureFromHeader, withContinues, withStructures, type EditionStructure } from '@/domain/catalogue/editionStructure';
import type { IndexDef } from '@/domain/catalogue/types';
import type { Localised, Location, Problem, Score } from '@/domain/catalogue/types';
import type { SpellingRead, UnresolvedName } from '@/domain/import/unitNames';
import type { ProvinceColumn, ProvinceIndexDef } from '@/domain/province/provinceIndex';
import type { LocalUnit } from '@/domain/province/provinceUnits';
import { IMPORT_RECORD_VERSION, type ImportRecord, type LeftOutRow } from './importRecord';

export * from './importRecord';
import { yearsInHeader } from '@/domain/import/headerYear';
import { locateTable, MIN_PROVINCE_ROWS, placeProblems, provinceNames, provinceRowCount, type LocatedGrid, type SourceKind, type SourceTable, type UnitRecogniser } from '@/domain/import/sourceTable';

export interface Inspection {
  fileName: string;
  shape: TableShape | null;
  header: string[];
  /** First rows under the header, to show beside the mapping. */
  sample: string[][];
  dataRows: number;
  guess: { index: string | null; year: number | null };
  /** Suggested mapping for a wide table when the index and year could be guessed. */
  mapping: ColumnMatch[] | null;
  /** File-level errors (empty, binary, not UTF-8): nothing else can be done with the file. */
  issues: Problem[];
  /** What the table came from: a text (CSV) file, a workbook sheet, a PDF annex or a paste. */
  source?: 'csv' | SourceKind;
  /** Workbooks: every sheet with its count of province rows (0 = notes or cover sheet). */
  sheets?: { name: string; provinces: number }[];
  /** Workbooks: the sheet read. */
  sheet?: string;
  /** Years named in the headers (a table with two years side by side holds two editions). */
  headerYears?: number[];
}

export interface AnalyseRequest {
  /** Wide tables only: confirmed by the user. */
  index?: string;
  year?: number;
  mapping?: ColumnMatch[];
  /** Units the user picked for printed names (`<set>|<name as printed>` → unit id or LEAVE_OUT): src/domain/import/unitNames.ts. */
  unitPicks?: Record<string, string>;
  /** CLI `--accept-guesses`: near misses are taken as guessed, each said with a warning at its line. */
  acceptGuesses?: boolean;
  /**
   * The user said the edition has a new structure (CLI `--new-structure`, the app's choice): every column of figures
   * is a component declared from the header (catalogue/editionStructure.ts), never folded into the old ones.
   */
  newStructure?: boolean;
}

/** Problems sent to the page are capped; the counts are always exact. */
export const MAX_PROBLEMS_SHOWN = 1000;
export const MAX_CONFLICTS_SHOWN = 500;

export interface Analysis {
  fileName: string;
  shape: TableShape;
  mapping: ColumnMatch[] | null;
  issues: Problem[];
  errorCount: number;
  warningCount: number;
  /** Rows (lines, pasted rows) with an error: left out of the import, listed with their place to fix and import later. */
  leftOutRows: number;
  /** Valid figures read from the file. */
  rows: number;
  editions: { index: string; year: number }[];
  added: number;
  /** The same figure as loaded (at the coarser of the two precisions), no more digits in the file: nothing to do. */
  unchanged: number;
  /** The same figure as loaded with more digits in the file: laid over by default (precision.ts). */
  refinedCount: number;
  /** Real differences with the loaded figures. */
  replacedCount: number;
  /** Real differences with the loaded figures (first MAX_CONFLICTS_SHOWN): old and new value, both sources, for the user to resolve. */
  replaced: Difference[];
  /** A few added figures, for the preview. */
  addedSample: Score[];
  /** Province names not read as a unit of their year (a near miss to confirm, another period, unknown), once per name, for the user to resolve. */
  unresolved?: UnresolvedPlaced[];
  /** Province names taken through another spelling ("Đắc Lắc" → Đắk Lắk), once per name: told in the checks, never holding the import. */
  spellings?: SpellingReadPlaced[];
  /** A province's own index (DDCI …): the column roles and definition read from its header, and units it added. */
  province?: { columns: ProvinceColumn[]; definition: ProvinceIndexDef; addedUnits: LocalUnit[] };
  /** The new structure declared from the header (request `newStructure`), before the user says what it continues. */
  structure?: EditionStructure;
}

/** An unresolved name with where it is first printed, in the source's own terms. */
export interface UnresolvedPlaced extends UnresolvedName {
  place: Localised;
}

/** A name read through another spelling, with where it is first printed in the source's own terms. */
export interface SpellingReadPlaced extends SpellingRead {
  place: Localised;
}

/** A real difference as shown: both figures, and where the incoming one sits in the file (sheet and cell, page and line, pasted row, line and column). */
export interface Difference extends Replacement {
  place: Localised;
}

export type Progress = (phase: 'read' | 'check' | 'compare', fraction: number) => void;

export interface InspectResult {
  inspection: Inspection;
  /** The file's text (long files are parsed from it, streamed, when analysed). */
  text: string;
  /** Whole grid, for wide tables only (published tables are small; the mapping needs every row). */
  grid: CsvGrid | null;
  /** Workbooks, PDFs and pastes: rows left out (with notices) and the way back to the source's places. */
  located?: LocatedGrid;
}

/** Characters read to show a long file's header and first rows. */
const INSPECT_CHARS = 64 * 1024;

function countDataRows(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return Math.max(0, lines - (text.endsWith('\n') ? 1 : 0));
}

export function inspectText(text: string, fileName: string, catalogue: Catalogue): InspectResult {
  const guess = guessIndexAndYear(fileName, catalogue);
  const checked = checkText(text, fileName);
  const empty: Inspection = { fileName, shape: null, header: [], sample: [], dataRows: 0, guess, mapping: null, issues: checked.issues };
  if (checked.issues.length) return { inspection: empty, text: '', grid: null };
  const head = readCsvGrid(checked.text.slice(0, INSPECT_CHARS), fileName);
  if (head.rows.length === 0) return { inspection: { ...empty, issues: head.issues }, text: '', grid: null };
  const header = head.rows[0].map((h) => h.trim());
  const shape = tableShape(header);
  const grid = shape === 'wide' ? readCsvGrid(checked.text, fileName) : null;
  // A wide "table" naming no province anywhere (a pasted letter, a text file) is no table: said so, never an empty form.
  if (grid) {
    const isUnit = provinceNames(catalogue);
    if (!grid.rows.some((row) => row.some((cell) => isUnit(cell)))) return { inspection: { ...empty, issues: [problem('no-table', { file: fileName, line: 0, column: 0 })] }, text: '', grid: null };
  }
  const index = guess.index ? findIndex(catalogue, guess.index) : undefined;
  const mapping = grid && index && guess.year ? matchWideColumns(header, index, guess.year, catalogue, grid.rows.slice(1, 51)) : null;
  return {
    inspection: { fileName, shape, header, sample: head.rows.slice(1, 6), dataRows: grid ? grid.rows.length - 1 : countDataRows(checked.text), guess, mapping, issues: [] },
    text: checked.text,
    grid,
  };
}

/**
 * Inspect the tables a workbook, PDF or paste gave: choose the sheet holding a province table (the named
 * one, else the first with province rows; `inspection.sheets` lets the user choose another), find its
 * header below the title rows, and suggest the edition from the file name, else the table's own words.
 */
export function inspectTables(tables: readonly SourceTable[], fileName: string, catalogue: Catalogue, sheet?: string, isUnit: UnitRecogniser = provinceNames(catalogue)): InspectResult {
  const sheets = tables.map((t) => ({ name: t.name, provinces: provinceRowCount(t, catalogue, isUnit) }));
  const fromName = guessIndexAndYear(fileName, catalogue);
  const source = tables[0]?.kind ?? 'sheet';
  // Sheets of a workbook, and the tables of a paste holding several, are listed for the user to choose.
  const listed = source === 'sheet' || (source === 'paste' && tables.length > 1);
  const base: Inspection = { fileName, shape: null, header: [], sample: [], dataRows: 0, guess: fromName, mapping: null, issues: [], source, sheets: listed ? sheets : undefined };
  const at = { file: fileName, line: 0, column: 0 };
  let chosen: SourceTable | undefined;
  if (sheet !== undefined) {
    chosen = tables.find((t) => t.name === sheet);
    if (!chosen) return { inspection: { ...base, issues: [problem('unknown-sheet', at, { value: sheet, sheets: sheets.map((s) => s.name).join(', ') })] }, text: '', grid: null };
  } else {
    chosen =
      source === 'paste'
        ? // Several tables pasted from one page: the one naming the most provinces (a layout table names none).
          tables.reduce<SourceTable | undefined>((best, t, i) => (sheets[i].provinces > 0 && (!best || sheets[i].provinces > sheets[tables.indexOf(best)].provinces) ? t : best), undefined)
        : tables.find((_, i) => sheets[i].provinces >= MIN_PROVINCE_ROWS) ?? tables.find((_, i) => sheets[i].provinces > 0);
  }
  // A table the reader found wrong as a whole (formulas saved without values) says so rather than read as blanks.
  const blocking = (t: SourceTable) => (t.issues ?? []).some((p) => p.severity === 'error');
  if (chosen && blocking(chosen)) return { inspection: { ...base, sheet: chosen.name, issues: chosen.issues! }, text: '', grid: null };
  const flagged = tables.find(blocking);
  if (!chosen && flagged) return { inspection: { ...base, sheet: flagged.name, issues: flagged.issues! }, text: '', grid: null };
  if (!chosen) return { inspection: { ...base, issues: [problem(tables.some((t) => t.rows.length) ? 'no-table' : 'empty-file', at)] }, text: '', grid: null };
  const located = locateTable(chosen, fileName, catalogue, isUnit);
  const { grid } = located;
  const header = grid.rows[0];
  const shape = tableShape(header);
  const fromTable = guessEditionFromText([chosen.kind === 'sheet' ? chosen.name : '', ...located.titles, ...header], catalogue);
  const guess = { index: fromName.index ?? fromTable.index, year: fromName.year ?? fromTable.year };
  const headerYears = [...new Set(header.flatMap((h) => yearsInHeader(h)))].sort((a, b) => a - b);
  const index = guess.index ? findIndex(catalogue, guess.index) : undefined;
  const mapping = shape === 'wide' && index && guess.year ? matchWideColumns(header, index, guess.year, catalogue, grid.rows.slice(1, 51)) : null;
  return {
    inspection: { ...base, shape, header, sample: grid.rows.slice(1, 6), dataRows: grid.rows.length - 1, guess, mapping, sheet: chosen.name, headerYears },
    text: '',
    grid,
    located,
  };
}

export interface AnalyseResult {
  analysis: Analysis;
  scores: Score[];
  diff: ImportDiff;
  /** Where each figure was read (for the places of differences and left-out rows). */
  locations?: ScoreLocations;
  located?: LocatedGrid;
}

function editionsOf(scores: readonly Score[]): { index: string; year: number }[] {
  const seen = new Map<string, { index: string; year: number }>();
  for (const s of scores) {
    const k = `${s.index}|${s.year}`;
    if (!seen.has(k)) seen.set(k, { index: s.index, year: s.year });
  }
  return [...seen.values()].sort((a, b) => a.index.localeCompare(b.index) || a.year - b.year);
}

/** Parse and check an inspected file: long files streamed from the text, wide tables from their grid. */
export function analyseInspected(inspected: InspectResult, catalogue: Catalogue, request: AnalyseRequest, loaded: readonly Score[], progress: Progress = () => {}): AnalyseResult {
  const { inspection, text, grid } = inspected;
  const fileName = inspection.fileName;
  progress('check', 0);
  if (!grid) {
    const { rows, issues, locate, unresolved, spellings } = parseScoresCsv(text, fileName, catalogue, { source: `import: ${fileName}`, progress: (f) => progress('check', f * 0.9), unitNames: unitNamesOf(request) });
    return withUnresolved(finishAnalysis(fileName, 'long', rows, issues, null, locate, catalogue, loaded, progress), unresolved, undefined, spellings);
  }
  return analyseGrid(grid, fileName, catalogue, request, loaded, progress, inspected.located);
}

export function analyseGrid(grid: CsvGrid, fileName: string, catalogue: Catalogue, request: AnalyseRequest, loaded: readonly Score[], progress: Progress = () => {}, located?: LocatedGrid): AnalyseResult {
  const header = grid.rows[0]?.map((h) => h.trim()) ?? [];
  const shape = tableShape(header);
  progress('check', 0);
  const source = `import: ${fileName}`;
  if (shape === 'long') {
    const result = gridToScores(grid, fileName, catalogue, { source, unitNames: unitNamesOf(request) });
    return withUnresolved(finishAnalysis(fileName, shape, result.rows, result.issues, null, result.locate, catalogue, loaded, progress, located), result.unresolved, located, result.spellings);
  } else {
    const index = request.index ? findIndex(catalogue, request.index) : undefined;
    if (!index || !request.year) {
      const at = { file: fileName, line: grid.lines[0] ?? 1, column: 0 };
      const missing = index ? problem('bad-year', at, { value: String(request.year ?? '') }) : problem('unknown-index', at, { value: request.index ?? '' });
      const analysis: Analysis = { fileName, shape, mapping: null, issues: [missing], errorCount: 1, warningCount: 0, leftOutRows: 0, rows: 0, editions: [], added: 0, unchanged: 0, refinedCount: 0, replacedCount: 0, replaced: [], addedSample: [] };
      return { analysis, scores: [], diff: { added: [], replaced: [], unchanged: [], refined: [] } };
    }
    const suggested = request.mapping ?? matchWideColumns(header, index, request.year, catalogue, grid.rows.slice(1, 51));
    const declared = request.newStructure ? declareStructure(suggested, index, request.year, grid.rows.slice(1), fileName, catalogue) : null;
    const read = declared?.catalogue ?? catalogue;
    const readIndex = declared ? findIndex(read, index.id)! : index;
    const result = wideToScores(grid, fileName, read, { index: index.id, year: request.year, mapping: declared?.mapping ?? request.mapping, source, indexDef: readIndex, unitNames: unitNamesOf(request) });
    const finished = withUnresolved(finishAnalysis(fileName, shape, result.rows, result.issues, result.mapping, result.locations, read, loaded, progress, located), result.unresolved, located, result.spellings);
    if (declared) finished.analysis.structure = declared.structure;
    return finished;
  }
}

/** The user's picks and the CLI's `--accept-guesses`, as unitNames.ts reads them. */
const unitNamesOf = (request: AnalyseRequest) => ({ picks: request.unitPicks, acceptGuesses: request.acceptGuesses });

/**
 * The names left for the user to resolve, and those read through another spelling (to tell), each with where it is
 * first printed in the source's own terms.
 */
export function withUnresolved<R extends AnalyseResult>(finished: R, unresolved: readonly UnresolvedName[], located?: LocatedGrid, spellings: readonly SpellingRead[] = []): R {
  finished.analysis.unresolved = unresolved.map((u) => ({ ...u, place: placeOfLocation(u.first, located) }));
  if (spellings.length) finished.analysis.spellings = spellings.map((u) => ({ ...u, place: placeOfLocation(u.first, located) }));
  return finished;
}

/**
 * A new structure declared from a wide table's header (CLI `--new-structure`, the app's choice; rules in
 * catalogue/editionStructure.ts): the structure, the catalogue with it applied, and the mapping of each column of
 * figures onto its new component.
 */
export function declareStructure(suggested: readonly ColumnMatch[], index: IndexDef, year: number, body: string[][], source: string, catalogue: Catalogue) {
  const columns = structureColumnsOf(suggested, index, body);
  const structure = structureFromHeader(index.id, year, columns, source);
  return { structure, catalogue: withStructures(catalogue, [structure]), mapping: mappingForStructure(suggested, columns, structure) };
}

/**
 * The structure with the old components each new one continues, as the user chose them (by id; the plan's owners
 * read it, owners.ts). Choices naming no new or no earlier component are dropped (the app offers only real ones).
 */
export function structureContinuing(structure: EditionStructure, index: IndexDef, continues: Readonly<Record<string, readonly string[]>>): EditionStructure {
  const choices = Object.entries(continues).filter(([, old]) => old.length > 0).map(([id, old]) => `${id}=${old.join(',')}`);
  return withContinues(structure, index, choices).structure;
}

/** The checks, diff and counts every import ends with; `checks` replaces the national consistency warnings (a province's own index has its own). */
export function finishAnalysis(
  fileName: string,
  shape: TableShape,
  scores: Score[],
  issues: Problem[],
  mapping: ColumnMatch[] | null,
  locations: ScoreLocations | undefined,
  catalogue: Catalogue,
  loaded: readonly Score[],
  progress: Progress,
  located?: LocatedGrid,
  checks?: (scores: readonly Score[]) => Problem[],
): AnalyseResult {
  progress('check', 0.9);
  const warnings = checks ? checks(scores) : importWarnings(scores, catalogue, fileName, locations);
  progress('compare', 0.8);
  const diff = diffImport(scores, loaded);
  progress('compare', 1);
  const all = located ? [...placeProblems([...issues, ...warnings], located.placeOf), ...located.notices] : [...issues, ...warnings];
  const errors = all.filter((p) => p.severity === 'error');
  const errorCount = errors.length;
  const leftOutRows = new Set(errors.filter((p) => p.line > 0 && p.column > 0).map((p) => p.line)).size;
  // Errors first, so a capped list still shows every error it can.
  const shown = [...all.filter((p) => p.severity === 'error'), ...all.filter((p) => p.severity === 'warning')].slice(0, MAX_PROBLEMS_SHOWN);
  return {
    analysis: {
      fileName,
      shape,
      mapping,
      issues: shown,
      errorCount,
      warningCount: all.length - errorCount,
      leftOutRows,
      rows: scores.length,
      editions: editionsOf(scores),
      added: diff.added.length,
      unchanged: diff.unchanged.length,
      refinedCount: diff.refined.length,
      replacedCount: diff.replaced.length,
      replaced: diff.replaced.slice(0, MAX_CONFLICTS_SHOWN).map((r) => ({ ...r, place: placeOfScore(r.new, fileName, locations, located) })),
      addedSample: diff.added.slice(0, 20),
    },
    scores,
    diff,
    locations,
    located,
  };
}

/** Where a figure was read, in the source's own terms. */
export function placeOfScore(score: Score, fileName: string, locations: ScoreLocations | undefined, located?: LocatedGrid): Localised {
  const at: Location | undefined = typeof locations === 'function' ? locations(score) : locations?.get(scoreKey(score));
  if (!at) return { vi: fileName, en: fileName };
  return placeOfLocation(at, located);
}

/** A line and column of the grid, in the source's own terms (sheet and cell, page and line, pasted row). */
export function placeOfLocation(at: Location, located?: LocatedGrid): Localised {
  const place = located?.placeOf(at.line, at.column);
  if (place) return place;
  return { vi: `dòng ${at.line}, cột ${at.column}`, en: `line ${at.line}, column ${at.column}` };
}

/** Parse and check in one call (CLI, bench, tests). */
export function analyseText(text: string, fileName: string, catalogue: Catalogue, request: AnalyseRequest, loaded: readonly Score[]): AnalyseResult & { inspection: Inspection } {
  const inspected = inspectText(text, fileName, catalogue);
  const { inspection } = inspected;
  if (inspection.issues.length || !inspection.shape) {
    const analysis: Analysis = { fileName, shape: 'long', mapping: null, issues: inspection.issues, errorCount: inspection.issues.length, warningCount: 0, leftOutRows: 0, rows: 0, editions: [], added: 0, unchanged: 0, refinedCount: 0, replacedCount: 0, replaced: [], addedSample: [] };
    return { inspection, analysis, scores: [], diff: { added: [], replaced: [], unchanged: [], refined: [] } };
  }
  return { inspection, ...analyseInspected(inspected, catalogue, request, loaded) };
}

/**
 * What the user decided: for the real differences one choice for all and per-row exceptions; for the same
 * figures brought with more digits, whether to take them (default) or keep the loaded ones.
 */
export interface Decisions {
  all: Resolution;
  byKey: Record<string, Resolution>;
  refined?: Resolution;
}

/** How many figures an import lays over the loaded data under `decisions` (the confirm button and the saved list say the same). */
export function appliedCount(analysis: Pick<Analysis, 'added' | 'refinedCount' | 'replacedCount' | 'replaced'>, decisions: Decisions): number {
  const refined = (decisions.refined ?? 'take') === 'take' ? analysis.refinedCount : 0;
  const exceptions = analysis.replaced.filter((r) => decisions.byKey[r.key] !== undefined && decisions.byKey[r.key] !== decisions.all).length;
  const taken = decisions.all === 'take' ? analysis.replacedCount - exceptions : exceptions;
  return analysis.added + refined + taken;
}

export function buildRecord(result: AnalyseResult, decisions: Decisions, meta: { id: string; date: string; fileName: string; index?: string; year?: number; structure?: EditionStructure }): ImportRecord {
  const choice = new Map(result.diff.replaced.map((r) => [r.key, decisions.byKey[r.key] ?? decisions.all] as const));
  const applied = new Set(appliedScores(result.diff, choice, decisions.refined ?? 'take').map(scoreKey));
  // A refined figure is stored with the loaded printed rank and tier it kept (importChecks.ts diffImport).
  const merged = new Map(result.diff.refined.map((r) => [r.key, r.new] as const));
  const scores = merged.size ? result.scores.map((s) => merged.get(scoreKey(s)) ?? s) : result.scores;
  const editions = editionsOf(result.scores);
  const leftOut = leftOutRows(result.analysis.issues);
  return {
    version: IMPORT_RECORD_VERSION,
    id: meta.id,
    fileName: meta.fileName,
    date: meta.date,
    index: meta.index ?? [...new Set(editions.map((e) => e.index))].join(', '),
    year: meta.year ?? (editions.length === 1 ? editions[0].year : null),
    editions,
    rowCount: scores.length,
    scores,
    skipped: scores.map(scoreKey).filter((k) => !applied.has(k)),
    ...(result.analysis.province ? { provinceIndex: { definition: result.analysis.province.definition, addedUnits: result.analysis.province.addedUnits } } : {}),
    ...(meta.structure ? { structure: meta.structure } : {}),
    ...(leftOut.length ? { leftOut } : {}),
  };
}

/** The rows an import leaves out for their errors, each with its place (sheet and cell, page and line, or file:line:column). */
function leftOutRows(issues: readonly Problem[]): LeftOutRow[] {
  return issues
    .filter((p) => p.severity === 'error' || p.code === 'unit-left-out')
    .map((p) => {
      const at = p.place ?? (p.line > 0 ? { vi: `dòng ${p.line}${p.column > 0 ? `, cột ${p.column}` : ''}`, en: `line ${p.line}${p.column > 0 ? `, column ${p.column}` : ''}` } : null);
      return { where: { vi: at ? `${p.file}: ${at.vi}` : p.file, en: at ? `${p.file}: ${at.en}` : p.file }, message: p.message };
    });
}

/** A saved import as long CSV (the format `npm run validate` checks). */
export function recordToCsv(record: Pick<ImportRecord, 'scores'>, catalogue: Catalogue): string {
  return toLongCsv(record.scores, catalogue);
}
