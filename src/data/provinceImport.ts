/**
 * The import pipeline for a province-run index (DDCI …): the destination "province P" of the one import flow.
 * The same readers (CSV, workbook, PDF, paste), the same table finder (title rows, STT, two-row header, section
 * rows, footnotes: sourceTable.ts), the same checks, diff and record as the national indices (importParsing.ts);
 * only the names a row is about (the province's departments and localities) and the mapping (a definition the
 * user confirms: each column's role, the scales, the kinds of unit) differ. Rules live in
 * src/domain/province/provinceIndex.ts; this file only sequences them. No DOM: it runs in the worker, the CLI
 * and tests.
 */
import { defaultCatalogue, type Catalogue } from '@/domain/catalogue/catalogue';
import { checkText, readCsvGrid } from '@/domain/import/parse';
import { csvTable, type LocatedGrid, type SourceTable } from '@/domain/import/sourceTable';
import { readLocatedProvinceTable, withProvinceIndices, type ProvinceColumn, type ProvinceIndexDef } from '@/domain/province/provinceIndex';
import { localUnitNames, provinceLocalUnits, type LocalUnit } from '@/domain/province/provinceUnits';
import type { Score } from '@/domain/catalogue/types';
import { finishAnalysis, inspectTables, withUnresolved, type AnalyseResult, type InspectResult, type Progress } from './importParsing';

/** Where an import goes: a national index (the default), or a province's own index such as DDCI. */
export type ImportDestination = { kind: 'national' } | ProvinceDestination;

export interface ProvinceDestination {
  kind: 'province';
  /** The province's scope id ("42" = Hà Tĩnh). */
  province: string;
  /** The index's name ("DDCI"). */
  label: string;
}

/** What the user confirmed for a province's table: the year and, once changed, the definition and column roles. */
export interface ProvinceRequest {
  year: number;
  label?: string;
  definition?: ProvinceIndexDef;
  columns?: ProvinceColumn[];
  /** The province's units (catalogue + the follow-up's own departments + units added by earlier imports). */
  units?: LocalUnit[];
  /** Units the user picked for names the table prints (`local:<province>|<name>` → unit id or LEAVE_OUT): src/domain/import/unitNames.ts. */
  unitPicks?: Record<string, string>;
  /** CLI `--accept-guesses`: near misses taken as guessed, each said with a warning at its line. */
  acceptGuesses?: boolean;
}

/** What a province's table adds to the analysis: the column roles and the definition to confirm, and units it added. */
export interface ProvinceAnalysis {
  columns: ProvinceColumn[];
  definition: ProvinceIndexDef;
  addedUnits: LocalUnit[];
}

const unitsOf = (destination: ProvinceDestination, units?: readonly LocalUnit[]) => (units?.length ? units : provinceLocalUnits(destination.province));

/** Inspect a workbook's sheets, a PDF's or a paste's table for a province's index: its rows name the province's units. */
export function inspectProvinceTables(tables: readonly SourceTable[], fileName: string, destination: ProvinceDestination, units?: readonly LocalUnit[], sheet?: string): InspectResult {
  return inspectTables(tables, fileName, defaultCatalogue, sheet, localUnitNames(unitsOf(destination, units)));
}

/** Inspect a CSV file for a province's index (its title rows, section rows and footnotes found as in a workbook). */
export function inspectProvinceText(text: string, fileName: string, destination: ProvinceDestination, units?: readonly LocalUnit[]): InspectResult {
  const checked = checkText(text, fileName);
  if (checked.issues.length) {
    return { inspection: { fileName, shape: null, header: [], sample: [], dataRows: 0, guess: { index: null, year: null }, mapping: null, issues: checked.issues, source: 'csv' }, text: '', grid: null };
  }
  const grid = readCsvGrid(checked.text, fileName);
  const inspected = inspectTables([csvTable(grid)], fileName, defaultCatalogue, undefined, localUnitNames(unitsOf(destination, units)));
  return { ...inspected, inspection: { ...inspected.inspection, source: 'csv', issues: [...grid.issues, ...inspected.inspection.issues] } };
}

/** Read, check and compare an inspected province table against the figures of that index already loaded. */
export function analyseProvince(
  inspected: InspectResult,
  destination: ProvinceDestination,
  request: ProvinceRequest,
  loaded: readonly Score[],
  progress: Progress = () => {},
): AnalyseResult & { province: ProvinceAnalysis } {
  const fileName = inspected.inspection.fileName;
  const label = request.label ?? destination.label;
  progress('check', 0);
  const located = inspected.located;
  const options = { label, province: destination.province, year: request.year, definition: request.definition, columns: request.columns, units: unitsOf(destination, request.units), source: `import: ${fileName}`, unitNames: { picks: request.unitPicks, acceptGuesses: request.acceptGuesses } };
  const table = readLocatedProvinceTable(located ?? NOTHING_LOCATED, fileName, options);
  const issues = located ? table.issues : inspected.inspection.issues;
  const result = withUnresolved(finishAnalysis(fileName, 'wide', located ? table.rows : [], issues, null, undefined, defaultCatalogue, loaded, progress, undefined, () => []), located ? table.unresolved : [], located);
  const province: ProvinceAnalysis = { columns: table.columns, definition: table.definition, addedUnits: table.addedUnits };
  return { ...result, analysis: { ...result.analysis, province }, province };
}

const NOTHING_LOCATED: LocatedGrid = { grid: { rows: [], lines: [], delimiter: '', issues: [] }, placeOf: () => undefined, notices: [], titles: [], headerRows: [], headerLines: [] };

/** The catalogue that knows a province's own indices and the units they added (long CSV export, validation). */
export function provinceCatalogue(definitions: readonly ProvinceIndexDef[], addedUnits: readonly LocalUnit[] = []): Catalogue {
  return withProvinceIndices(defaultCatalogue, definitions, addedUnits);
}
