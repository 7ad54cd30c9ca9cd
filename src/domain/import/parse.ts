/**
 * Long-format score files: `index,year,province,component,score,rank` (+ optional tier, source, note).
 *
 * Rules (what users bring from spreadsheets):
 * - UTF-8 with or without BOM; comma, semicolon or tab delimiter (detected); decimal comma or point;
 * - headers in English or Vietnamese, any case, with or without diacritics;
 * - province as GSO code or name in any printed spelling; a near miss waits for the user's word, a pick is taken
 *   (unitNames.ts, the same rule and messages as a wide table's);
 * - "N/A", blank, ".." scores are kept as missing (value null) with a warning, never 0.
 * Every problem is reported with file, line and column; a bad row is reported, never silently dropped,
 * and the good rows still load. Only a failed fetch throws — parsing never does.
 */
import Papa from 'papaparse';
import { findComponent, findIndex, scaleFor, componentValidIn, type Catalogue } from '../catalogue/catalogue';
import { unguardFormula } from './csvExport';
import { detectDelimiter, LineCounter, normaliseLineEndings, swallowedRowLines } from './lines';
import { PLAIN_DECIMAL, readNumberCell, readRankCell } from '../catalogue/numbers';
import { localUnitSet, provinceSetOfYear, readProvinceCell, SpellingsRead, UnresolvedNames, type ProvinceCellReading, type SpellingRead, type UnitNameOptions, type UnresolvedName } from './unitNames';
import { problem } from './problems';
import { keptDecimals } from './precision';
import { catalogueLocalUnits, provinceScope, readLocalUnitCell } from '../province/provinceUnits';
import { foldText } from '../catalogue/text';
import type { ComponentDef, IndexDef, Location, ParseResult, Problem, Score } from '../catalogue/types';

/** A score text that may show more decimals than its number ("6.60", "91,30%"). */
const TRAILING_ZERO = /[.,]\d*0%?\s*$/;

export const LONG_COLUMNS = ['index', 'year', 'province', 'component', 'score', 'rank', 'tier', 'source', 'note'] as const;
export type LongColumn = (typeof LONG_COLUMNS)[number];
const REQUIRED: LongColumn[] = ['index', 'year', 'province', 'component', 'score'];

const HEADER_ALIASES: Record<LongColumn, string[]> = {
  index: ['index', 'chi so', 'bo chi so', 'index id'],
  year: ['year', 'nam', 'edition'],
  province: ['province', 'tinh', 'tinh thanh', 'tinh thanh pho', 'dia phuong', 'unit', 'province name', 'ten tinh'],
  component: ['component', 'thanh phan', 'chi so thanh phan', 'noi dung', 'linh vuc'],
  score: ['score', 'value', 'diem', 'diem so', 'gia tri'],
  rank: ['rank', 'thu hang', 'xep hang', 'hang', 'official rank'],
  tier: ['tier', 'nhom', 'nhom xep hang', 'nhom dieu hanh', 'group'],
  source: ['source', 'nguon'],
  note: ['note', 'ghi chu'],
};

/**
 * A unit inside a province (DDCI's departments and localities) sits in its own column beside `province`
 * ("index,year,province,unit,component,score"). A file with `unit` and no `province` column is an older file whose
 * `unit` is the province (backward compatible).
 */
const LOCAL_UNIT_HEADERS = ['unit', 'don vi', 'ten don vi', 'so ban nganh dia phuong', 'local unit'];
const RESPONSES_HEADERS = ['responses', 'so phieu', 'so phieu tra loi'];

export function matchLongHeader(header: string): LongColumn | undefined {
  const folded = foldText(header);
  return LONG_COLUMNS.find((col) => HEADER_ALIASES[col].includes(folded));
}

/**
 * Text checks before CSV parsing: empty, binary, broken UTF-8. Returns the text without BOM and with every
 * line ending as LF (lines.ts), so every reader counts the lines an editor shows.
 */
export function checkText(text: string, file: string): { text: string; issues: Problem[] } {
  // Every BOM in front (files saved twice by different tools carry two): papaparse would strip one more and count from there.
  let start = 0;
  while (text.charCodeAt(start) === 0xfeff) start++;
  const clean = normaliseLineEndings(start ? text.slice(start) : text);
  if (clean.trim() === '') return { text: clean, issues: [problem('empty-file', { file, line: 1, column: 0 })] };
  const nul = clean.indexOf('\u0000');
  // NUL bytes early: a binary file. Later (a text file with a damaged stretch): reported at their line, never kept in a note.
  if (nul !== -1 && nul < 8192) return { text: clean, issues: [problem('binary-file', { file, line: 1, column: 0 })] };
  const broken = clean.indexOf('\uFFFD');
  const first = nul === -1 ? broken : broken === -1 ? nul : Math.min(nul, broken);
  if (first !== -1) {
    const before = clean.slice(0, first);
    const line = before.split('\n').length;
    const at = { file, line, column: before.length - before.lastIndexOf('\n') };
    return { text: clean, issues: [first === nul ? problem('nul-character', at) : problem('bad-encoding', at)] };
  }
  return { text: clean, issues: [] };
}

export interface CsvGrid {
  /** Rows of cells, without the blank lines. */
  rows: string[][];
  /** 1-based line of each row in the file. */
  lines: number[];
  delimiter: string;
  issues: Problem[];
}

/** Papaparse reports a row's field count, and a delimiter it could not guess, as errors: the readers check those themselves. */
function isSyntaxError(err: Papa.ParseError): boolean {
  return err.code !== 'UndetectableDelimiter' && err.code !== 'TooFewFields' && err.code !== 'TooManyFields';
}

/** Split CSV text into cells, keeping each row's line number (lines.ts: any line ending, quoted breaks counted). */
export function readCsvGrid(text: string, file: string): CsvGrid {
  const body = normaliseLineEndings(text);
  const delimiter = detectDelimiter(body);
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false, newline: '\n' });
  const rows: string[][] = [];
  const lines: number[] = [];
  const issues: Problem[] = [];
  const counter = new LineCounter();
  // Line of every parsed row, blank ones included (papaparse's error rows index these).
  const lineOfRow: number[] = [];
  // A plain loop: this runs once per row of files with a million rows.
  const data = parsed.data;
  for (let r = 0; r < data.length; r++) {
    const cells = data[r];
    const line = counter.next(cells);
    lineOfRow.push(line);
    if (!(cells.length === 1 && cells[0].trim() === '')) {
      if (rows.length > 0 && counter.nextLine - line > 1) for (const at of swallowedRowLines(cells, line, delimiter, rows[0].length)) issues.push(problem('swallowed-row', { file, line: at, column: 0 }, { opened: line }));
      rows.push(cells);
      lines.push(line);
    }
  }
  const reported = new Set<string>();
  for (const err of parsed.errors) {
    if (!isSyntaxError(err)) continue;
    const line = lineOfRow[err.row ?? 0] ?? (err.row ?? 0) + 1;
    const key = `${line}|${err.message}`;
    if (reported.has(key)) continue;
    reported.add(key);
    issues.push(problem('csv-syntax', { file, line, column: 0 }, { detail: err.message }));
  }
  return { rows, lines, delimiter, issues };
}

interface ComponentInYear {
  valid: boolean;
  min: number;
  max: number;
}

interface Resolvers {
  index(text: string): IndexDef | undefined;
  /** A province name as printed, read in a year (unitNames.ts: spellings, the user's picks, near misses). */
  unit(text: string, year: number, index: string): ProvinceCellReading;
  component(index: IndexDef, text: string): ComponentDef | undefined;
  inYear(component: ComponentDef, year: number): ComponentInYear;
}

/** Cache lookups per distinct text: a million-row file has a few hundred distinct names. */
function makeResolvers(catalogue: Catalogue, unitNames: UnitNameOptions): Resolvers {
  // Nested maps keyed by the cell text and by objects/numbers: no key string is built per row.
  const indexCache = new Map<string, IndexDef | undefined>();
  const unitCache = new Map<string, Map<number, { index: string; cell: ProvinceCellReading }>>();
  const componentCache = new Map<IndexDef, Map<string, ComponentDef | undefined>>();
  const yearCache = new Map<ComponentDef, Map<number, ComponentInYear>>();
  return {
    index(text) {
      let index = indexCache.get(text);
      if (index === undefined && !indexCache.has(text)) indexCache.set(text, (index = findIndex(catalogue, text)));
      return index;
    },
    unit(text, year, index) {
      let byYear = unitCache.get(text);
      if (!byYear) unitCache.set(text, (byYear = new Map()));
      const known = byYear.get(year);
      // The index only words the message of a name of another period: a file of one index reads each name once a year.
      if (known && known.index === index) return known.cell;
      const cell = readProvinceCell(catalogue, text, year, index, unitNames);
      byYear.set(year, { index, cell });
      return cell;
    },
    component(index, text) {
      let byText = componentCache.get(index);
      if (!byText) componentCache.set(index, (byText = new Map()));
      let found = byText.get(text);
      if (found === undefined && !byText.has(text)) byText.set(text, (found = findComponent(index, text)));
      return found;
    },
    inYear(component, year) {
      // Keyed by the component object: ids such as "total" repeat across indices with different scales.
      let byYear = yearCache.get(component);
      if (!byYear) yearCache.set(component, (byYear = new Map()));
      let info = byYear.get(year);
      if (!info) byYear.set(year, (info = { valid: componentValidIn(component, year), ...scaleFor(component, year) }));
      return info;
    },
  };
}

export interface ParseOptions {
  /** Label for `source` when the file has no source column. Defaults to the file name. */
  source?: string;
  /** Called after each slice of a streamed parse with the share of the text read (0–1), for progress bars. */
  progress?: (fraction: number) => void;
  /** Provinces the user picked for names the file prints, and whether near misses are taken as guessed (CLI): unitNames.ts. */
  unitNames?: UnitNameOptions;
}

/**
 * A year cell of a long file is four digits (the edition's first year is checked against the index apart).
 * The one rule for a figure's year: the saved-import reader (data/importRecord.ts) reads back what this accepted.
 */
export function isYearNumber(year: unknown): boolean {
  return Number.isInteger(year) && (year as number) >= 1000 && (year as number) <= 9999;
}

/** Same as /^\d{4}$/, without a regular expression per row. */
function isFourDigits(text: string): boolean {
  if (text.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Where a loaded score's cell sits (its score cell), for checks run after parsing (importChecks). */
export type LocateScore = (s: Pick<Score, 'index' | 'year' | 'unit' | 'component'>) => Location | undefined;

export interface LongParseResult extends ParseResult<Score> {
  locate: LocateScore;
  /** Province names not read as a unit of their row's year, once per name and year, for the user to resolve (unitNames.ts). */
  unresolved: UnresolvedName[];
  /** Province names taken through another spelling ("Đắc Lắc" → Đắk Lắk), once per name, to tell the user (unitNames.ts). */
  spellings?: SpellingRead[];
}

const locateNothing: LocateScore = () => undefined;

interface LongRowReader {
  /** False when the header lacks a required column: nothing can be read. */
  ok: boolean;
  locate: LocateScore;
  rows: Score[];
  issues: Problem[];
  unresolved: UnresolvedNames;
  spellings: SpellingsRead;
  /** Validate one data row (cells, 1-based line) into `rows` / `issues`. */
  add(cells: string[], rowLine: number): void;
}

/** The long-format rules, one row at a time, so a file can be validated while it is being parsed. */
function longRowReader(header: string[], headerLine: number, file: string, catalogue: Catalogue, options: ParseOptions): LongRowReader {
  const issues: Problem[] = [];
  const rows: Score[] = [];
  const unresolved = new UnresolvedNames();
  const spellings = new SpellingsRead();
  const columnOf = new Map<LongColumn, number>();
  header.forEach((h, i) => {
    const col = matchLongHeader(h);
    if (col && !columnOf.has(col)) columnOf.set(col, i);
  });
  const missing = REQUIRED.filter((c) => !columnOf.has(c));
  if (missing.length) {
    for (const column of missing) issues.push(problem('missing-column', { file, line: headerLine, column: 0 }, { column }));
    return { ok: false, rows, issues, unresolved, spellings, locate: locateNothing, add() {} };
  }
  const col = (name: LongColumn) => columnOf.get(name) ?? -1;
  const [cIndex, cYear, cProvince, cComponent, cScore, cRank, cTier, cSource, cNote] = LONG_COLUMNS.map(col);
  const cUnit = header.findIndex((h, i) => i !== cProvince && LOCAL_UNIT_HEADERS.includes(foldText(h)));
  const cResponses = header.findIndex((h) => RESPONSES_HEADERS.includes(foldText(h)));
  const localCache = new Map<string, ReturnType<typeof readLocalUnitCell>>();
  const resolve = makeResolvers(catalogue, options.unitNames ?? {});
  const source = options.source ?? file;

  const minCells = REQUIRED.reduce((m, c) => Math.max(m, col(c) + 1), 0);
  let line = 0;
  // Hot loop (a million rows in `npm run bench`): no closure or key string per row; locations built only for problems.
  const at = (c: number) => ({ file, line, column: c + 1 });
  // One copy of each repeated text (source, tier) instead of one per row: the row's own strings die young.
  const texts = new Map<string, string>();
  const intern = (text: string | null | undefined) => {
    if (!text) return text ?? null;
    const known = texts.get(text);
    if (known !== undefined) return known;
    texts.set(text, text);
    return text;
  };
  // Duplicates by (component object → year → unit): components are unique objects per index.
  const seen = new Map<ComponentDef, Map<number, Map<string, number>>>();
  return {
    ok: true,
    rows,
    issues,
    unresolved,
    spellings,
    locate(s) {
      const index = resolve.index(s.index);
      const component = index && resolve.component(index, s.component);
      const at = component ? seen.get(component)?.get(s.year)?.get(s.unit) : undefined;
      return at === undefined ? undefined : { file, line: at, column: cScore + 1 };
    },
    add(cells, rowLine) {
      line = rowLine;
      if (cells.length !== header.length) {
        issues.push(problem('field-count', { file, line, column: Math.min(cells.length, header.length) + 1 }, { found: cells.length, expected: header.length }));
        if (cells.length < minCells) return;
      }
      const indexText = cells[cIndex]?.trim() ?? '';
      const localText = cUnit >= 0 ? (cells[cUnit]?.trim() ?? '') : '';
      let index = localText ? undefined : resolve.index(indexText);
      if (!index && !localText) {
        issues.push(problem('unknown-index', at(cIndex), { value: indexText }));
        return;
      }
      const yearText = cells[cYear]?.trim() ?? '';
      const year = Number(yearText);
      if (!isFourDigits(yearText)) {
        issues.push(problem('bad-year', at(cYear), { value: yearText }));
        return;
      }
      if (index && year < index.firstYear) {
        issues.push(problem('year-before-index', at(cYear), { value: year, index: index.id, first: index.firstYear }));
        return;
      }
      const provinceText = cells[cProvince]?.trim() ?? '';
      // In the words of unitNames.ts, as a wide table's: a near miss names its guess and waits, a name of another
      // period says what it became, a pick is taken (a warning), a name left out is listed (a warning).
      const cell = resolve.unit(provinceText, year, index?.id ?? indexText);
      const province = cell.unit;
      if (cell.problemAt) issues.push(cell.problemAt(at(cProvince)));
      if (!province) {
        unresolved.add(provinceText, year, cell, at(cProvince), provinceSetOfYear(catalogue, year));
        return;
      }
      if (cell.reading.kind === 'unit' && cell.reading.spelling) spellings.add(provinceText, cell, at(cProvince));
      let unit: { id: string; vi: string } = province;
      let notApplicableMarkers: readonly string[] = [];
      if (localText) {
        // A unit inside the province: the index is that province's own (DDCI@42), defined by its imported table.
        const scope = provinceScope(catalogue, province.id);
        const folded = foldText(indexText);
        index = catalogue.indices.find((ix) => ix.scope?.province === scope && (ix.id === indexText || foldText(ix.label) === folded));
        if (!index) {
          issues.push(problem('province-index-undefined', at(cIndex), { index: indexText, province: province.vi }));
          return;
        }
        const cacheKey = `${scope}|${year}|${localText}`;
        let found = localCache.get(cacheKey);
        if (!found) localCache.set(cacheKey, (found = readLocalUnitCell(catalogueLocalUnits(catalogue, scope), scope, localText, year, options.unitNames)));
        // A unit's name by the province table's rule and mechanics: a near miss asked, a pick taken, a name left out listed.
        const { res, cell } = found;
        if (cell.problemAt) issues.push(cell.problemAt(at(cUnit)));
        if (!cell.unit) {
          unresolved.add(localText, year, cell, at(cUnit), localUnitSet(scope));
          return;
        }
        if (res.kind === 'new') issues.push(problem('added-local-unit', at(cUnit), { value: localText, kind: cell.unit.kind === 'department' ? 'sở/ban/ngành' : 'địa phương' }));
        unit = cell.unit;
        notApplicableMarkers = index.scope?.notApplicable ?? ['-'];
      }
      if (!index) return;
      const componentText = cells[cComponent]?.trim() ?? '';
      const component = resolve.component(index, componentText);
      if (!component) {
        issues.push(problem('unknown-component', at(cComponent), { value: componentText, index: index.id }));
        return;
      }
      const inYear = resolve.inYear(component, year);
      if (!inYear.valid) {
        issues.push(problem('component-not-in-year', at(cComponent), { value: { vi: component.vi, en: component.en }, index: index.id, year }));
      }
      // Fast path for the common plain decimal ("73.02"): no cell object allocated per row.
      const scoreText = cells[cScore];
      const notApplicable = notApplicableMarkers.length > 0 && notApplicableMarkers.includes(scoreText?.trim() ?? '');
      const scoreCell = notApplicable ? ({ kind: 'missing' } as const) : scoreText !== undefined && PLAIN_DECIMAL.test(scoreText) ? null : readNumberCell(scoreText);
      let value: number | null = null;
      if (scoreCell?.kind === 'invalid') {
        issues.push(problem('not-a-number', at(cScore), { value: scoreCell.text }));
        return;
      }
      if (scoreCell === null || scoreCell.kind === 'number') {
        value = scoreCell === null ? Number(scoreText) : scoreCell.value;
        if (value < inYear.min || value > inYear.max) {
          issues.push(problem('out-of-scale', at(cScore), { value, min: inYear.min, max: inYear.max, component: { vi: component.vi, en: component.en } }));
          return;
        }
      }
      let officialRank: number | null = null;
      if (cRank >= 0 && cells[cRank] !== '') {
        const rankCell = readRankCell(cells[cRank]);
        if (rankCell.kind === 'invalid') {
          issues.push(problem('bad-rank', at(cRank), { value: rankCell.text }));
          return;
        }
        officialRank = rankCell.value;
      }
      if (value === null && officialRank === null && !notApplicable) {
        issues.push(problem('missing-value', at(cScore)));
      } else if (value === null && officialRank !== null && !notApplicable && scoreText !== undefined && scoreText.trim() !== '') {
        // A rank printed without a score is a blank cell; "NaN", "x" or "-" beside a rank is said out loud.
        issues.push(problem('missing-value-ranked', at(cScore), { value: scoreText.trim(), rank: officialRank! }));
      }
      let byYear = seen.get(component);
      if (!byYear) seen.set(component, (byYear = new Map()));
      let byUnit = byYear.get(year);
      if (!byUnit) byYear.set(year, (byUnit = new Map()));
      const firstLine = byUnit.get(unit.id);
      if (firstLine !== undefined) {
        issues.push(problem('duplicate-key', at(0), { index: index.id, year, province: unit.vi, component: { vi: component.vi, en: component.en }, firstLine }));
        return;
      }
      byUnit.set(unit.id, line);
      const tier = cTier >= 0 ? intern(unguardFormula(cells[cTier]?.trim() ?? '') || null) : null;
      const score: Score = {
        index: index.id,
        year,
        unit: unit.id,
        component: component.id,
        value,
        officialRank,
        tier,
        source: (cSource >= 0 && intern(unguardFormula(cells[cSource]?.trim() ?? ''))) || source,
      };
      // The app's own CSV export guards a note starting with = + - @ with an apostrophe: taken off again here.
      const note = cNote >= 0 ? unguardFormula(cells[cNote]?.trim() ?? '') : '';
      if (note) score.note = note;
      if (notApplicable) score.notApplicable = true;
      // "6.60": the printed precision is more than the number shows (only a trailing zero can make it so).
      if (value !== null && scoreText !== undefined && TRAILING_ZERO.test(scoreText)) {
        const decimals = keptDecimals(scoreText, value);
        if (decimals !== undefined) score.decimals = decimals;
      }
      if (cResponses >= 0 && cells[cResponses]?.trim()) {
        const responses = readRankCell(cells[cResponses]);
        if (responses.kind === 'rank' && responses.value !== null) score.responses = responses.value;
        else issues.push(problem('bad-responses', at(cResponses), { value: cells[cResponses].trim() }));
      }
      rows.push(score);
  
    },
  };
}

/** Validate a grid in long format into scores. */
export function gridToScores(grid: CsvGrid, file: string, catalogue: Catalogue, options: ParseOptions = {}): LongParseResult {
  if (grid.rows.length === 0) return { rows: [], issues: [...grid.issues, problem('empty-file', { file, line: 1, column: 0 })], locate: locateNothing, unresolved: [] };
  const reader = longRowReader(grid.rows[0], grid.lines[0], file, catalogue, options);
  if (reader.ok && grid.rows.length === 1) reader.issues.push(problem('empty-file', { file, line: grid.lines[0], column: 0 }));
  for (let r = 1; reader.ok && r < grid.rows.length; r++) reader.add(grid.rows[r], grid.lines[r]);
  return { rows: reader.rows, issues: [...grid.issues, ...reader.issues], locate: reader.locate, unresolved: reader.unresolved.list(), spellings: reader.spellings.list() };
}

/** Text is parsed and validated in slices of this many characters: rows die young instead of piling up. */
export const PARSE_CHUNK_CHARS = 1 << 20;

/**
 * Parse a long-format score file's text. Never throws. Same rules and problems as
 * `gridToScores(readCsvGrid(text))`, but streamed: each slice's rows are validated as they come and then
 * dropped, so a million-row file never holds a million arrays of cells besides its scores.
 */
export function parseScoresCsv(text: string, file: string, catalogue: Catalogue, options: ParseOptions = {}): LongParseResult {
  const checked = checkText(text, file);
  if (checked.issues.length) return { rows: [], issues: checked.issues, locate: locateNothing, unresolved: [] };
  const syntax: Problem[] = [];
  let reader: LongRowReader | null = null;
  let headerLine = 0;
  let dataRows = 0;
  const counter = new LineCounter();
  const reported = new Set<string>();
  // After checkText every line end is LF, and only a quoted cell can hold one: without any quote the
  // per-cell search is skipped.
  const body = checked.text;
  const quoted = body.includes('"');
  let cursor = 0;
  const delimiter = detectDelimiter(body);
  let headerWidth = 0;
  const config = {
    delimiter,
    skipEmptyLines: false,
    newline: '\n',
    chunkSize: PARSE_CHUNK_CHARS,
    chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
      const lineOf: number[] = [];
      // A slice with no more line ends than rows has no line break inside a cell: skip the per-cell search.
      let lineEnds = 0;
      const end = results.meta.cursor;
      if (quoted) for (let i = body.indexOf('\n', cursor); i !== -1 && i < end; i = body.indexOf('\n', i + 1)) lineEnds++;
      // Every row of a slice ends with a line end, except the text's very last row.
      const multiline = lineEnds > results.data.length - (end >= body.length ? 1 : 0);
      cursor = end;
      for (const cells of results.data) {
        const line = counter.next(cells, multiline);
        lineOf.push(line);
        if (!(cells.length === 1 && cells[0].trim() === '')) {
          if (!reader) {
            reader = longRowReader(cells, line, file, catalogue, options);
            headerLine = line;
            headerWidth = cells.length;
          } else if (reader.ok) {
            if (multiline && counter.nextLine - line > 1) for (const at of swallowedRowLines(cells, line, delimiter, headerWidth)) syntax.push(problem('swallowed-row', { file, line: at, column: 0 }, { opened: line }));
            reader.add(cells, line);
            dataRows++;
          }
        }
      }
      for (const err of results.errors) {
        if (!isSyntaxError(err)) continue;
        // A row not complete in this slice (a field longer than a slice) is re-read with the next one: its
        // error is placed at the line that row starts on, and reported once.
        const row = err.row ?? 0;
        const line = lineOf[row] ?? counter.nextLine;
        const key = `${line}|${err.message}`;
        if (reported.has(key)) continue;
        reported.add(key);
        syntax.push(problem('csv-syntax', { file, line, column: 0 }, { detail: err.message }));
      }
      if (reader && !reader.ok) parser.abort();
      options.progress?.(body.length ? end / body.length : 1);
    },
  };
  // Papaparse streams a string to `chunk` in `chunkSize` slices, synchronously; its typings list `chunk` for files only.
  Papa.parse<string[]>(body, config as Papa.ParseConfig<string[]>);
  const done = reader as LongRowReader | null;
  if (!done) return { rows: [], issues: [...syntax, problem('empty-file', { file, line: 1, column: 0 })], locate: locateNothing, unresolved: [] };
  if (done.ok && dataRows === 0) done.issues.unshift(problem('empty-file', { file, line: headerLine, column: 0 }));
  return { rows: done.rows, issues: [...syntax, ...done.issues], locate: done.locate, unresolved: done.unresolved.list(), spellings: done.spellings.list() };
}
