/**
 * Indices a province runs on its own units (DDCI …): defined from the table the user imports, then read.
 *
 * Rules (one home for them):
 * - the definition comes from the printed header: the name is given (e.g. DDCI), each score column is a
 *   component (matched to a preset's names with or without diacritics, else a new component named as printed),
 *   its scale is what the header prints ("(Thang điểm 10)", "(Thang điểm 100)", also on a merged group header
 *   above it), else the preset's (10-point components, 100-point composite); the user confirms or changes it;
 * - a column whose header carries the index's own name, or the 100-point scale, is the composite (`total`);
 *   a "Xếp loại" column is the grade (kept as printed), "Số phiếu (trả lời)" the number of responses (metadata,
 *   never a score), "Xếp hạng" a printed rank;
 * - the index scores the kinds of unit the table holds (departments, localities), higher is better unless
 *   the user says otherwise;
 * - a cell holding a not-applicable marker ("-") is recorded as not applicable — never 0 and never missing;
 *   a blank or "N/A" cell is missing (a warning); a number outside the component's scale is an error at its
 *   line and column, and the row is left out (a file with an error is not imported: the user corrects it);
 * - a unit is matched inside the province (provinceUnits.ts, by the provinces' rule of names): a near miss
 *   ("Sở Tư phap") is an error naming its guess until the user confirms it, picks another unit or leaves the rows
 *   out (import/unitNames.ts, the provinces' mechanics); a unit that ended before the edition is an error naming
 *   its successor (crosswalk); a name not in the catalogue but announcing its kind ("Xã …", "Sở …") is added with a
 *   warning; anything else is an error;
 * - the composite is a known function of the components only when every row fits it within rounding
 *   (`compositeFunction`): then contributions can be computed; otherwise it is `unknown` and they are not.
 * Parsing never throws: problems carry file, line and column (1-based).
 */
import { isYearWord } from '../import/headerYear';
import presetsJson from '@data/catalogue/province-indices.json';
import { defaultCatalogue, TOTAL, type Catalogue } from '../catalogue/catalogue';
import { readNumberCell } from '../catalogue/numbers';
import { readWideRow, type WideRowLayout } from '../import/wideRow';
import { checkText, readCsvGrid, type CsvGrid } from '../import/parse';
import { problem } from '../import/problems';
import { localUnitSet, UnresolvedNames, writtenKey, type UnitNameOptions, type UnresolvedName } from '../import/unitNames';
import { csvTable, locateTable, placeProblems, type LocatedGrid } from '../import/sourceTable';
import {
  kindOfName,
  localityLevelFor,
  localUnitNames,
  provinceLocalUnits,
  readLocalUnitCell,
  type LocalUnit,
  type LocalUnitKind,
} from './provinceUnits';
import { foldText } from '../catalogue/text';
import type { IndexDef, Localised, Location, ParseResult, Problem, Score } from '../catalogue/types';

export interface ProvinceIndexComponent {
  id: string;
  vi: string;
  en: string;
  /** The header as printed. */
  header: string;
  min: number;
  max: number;
  /** Kinds of unit typically scored on it (from the preset); informational. */
  onlyKinds?: LocalUnitKind[];
}

/** How the composite follows from the components, when it does. */
export type CompositeFunction = { kind: 'unknown' } | { kind: 'mean'; factor: number };

export interface ProvinceIndexDef {
  /** `<label>@<province>`: DDCI@42 is Hà Tĩnh's DDCI. */
  id: string;
  label: string;
  province: string;
  vi: string;
  en: string;
  /** Score components, without the composite. */
  components: ProvinceIndexComponent[];
  composite: { header: string; min: number; max: number } | null;
  unitKinds: LocalUnitKind[];
  higherIsBetter: boolean;
  gradeColumn: string | null;
  /** Grades best first (preset order, then new ones as printed). */
  grades: string[];
  responsesColumn: string | null;
  rankColumn: string | null;
  compositeFunction: CompositeFunction;
  notApplicableMarkers: string[];
}

interface PresetComponent extends Localised {
  id: string;
  aliases: string[];
  onlyKinds?: LocalUnitKind[];
}

export interface ProvinceIndexPreset extends Localised {
  label: string;
  aliases: string[];
  unitKinds: LocalUnitKind[];
  higherIsBetter: boolean;
  componentScale: number;
  compositeScale: number;
  grades: string[];
  notApplicableMarkers: string[];
  components: PresetComponent[];
}

export const PROVINCE_INDEX_PRESETS = (presetsJson as unknown as { presets: ProvinceIndexPreset[] }).presets;

export function findPreset(label: string): ProvinceIndexPreset | undefined {
  const folded = foldText(label);
  return PROVINCE_INDEX_PRESETS.find((p) => foldText(p.label) === folded || p.aliases.some((a) => foldText(a) === folded));
}

/** Is this name a province-run index (a preset such as DDCI)? */
export function isProvinceIndexName(label: string): boolean {
  return findPreset(label) !== undefined;
}

export const provinceIndexId = (label: string, province: string) => `${label}@${province}`;

// ---- reading the header -------------------------------------------------------------------------

export type ProvinceColumnRole = 'unit' | 'responses' | 'component' | 'composite' | 'grade' | 'rank' | 'ignore';

export interface ProvinceColumn {
  /** 0-based. */
  column: number;
  /** The column's own header (lowest header row with text). */
  header: string;
  /** The merged group header above it, if any ("Điểm chỉ số thành phần … (Thang điểm 10)"). */
  group: string;
  role: ProvinceColumnRole;
  component?: string;
  /** Scale printed in the header or its group, when printed. */
  printedScale: number | null;
}

const UNIT_HEADERS = ['so ban nganh dia phuong', 'so ban nganh va dia phuong', 'don vi', 'ten don vi', 'so nganh dia phuong', 'so ban nganh', 'dia phuong', 'unit', 'co quan don vi', 'ten co quan don vi'];
const RESPONSES_HEADERS = ['so phieu', 'so phieu tra loi', 'so phieu khao sat', 'so phan hoi', 'so doanh nghiep tra loi', 'so luong phieu', 'responses', 'number of responses'];
const GRADE_HEADERS = ['xep loai', 'phan loai', 'nhom', 'grade', 'xep loai chung'];
const RANK_HEADERS = ['xep hang', 'thu hang', 'hang', 'rank'];
const IGNORED_HEADERS = ['stt', 'tt', '#', 'so tt', 'no', ''];

/** "(Thang điểm 10)", "thang 100", "/10", "scale 10" → 10. */
export function printedScale(text: string): number | null {
  const folded = foldText(text);
  const m = /thang diem (\d{1,3})|thang (\d{1,3})|scale (?:of )?(\d{1,3})/.exec(folded) ?? /\/\s*(\d{1,3})\s*\)?\s*$/.exec(text);
  if (!m) return null;
  return Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
}

/** Header text without the scale note, the year and the index's own name: "DDCI năm 2021 (Thang điểm 100)" → "". */
function headerCore(text: string, label: string): string {
  const dropped = new Set([foldText(label), 'nam', 'diem', 'score']);
  return foldText(text.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((w) => !dropped.has(w) && !isYearWord(w))
    .join(' ')
    .trim();
}

function presetComponentFor(preset: ProvinceIndexPreset | undefined, header: string): PresetComponent | undefined {
  if (!preset) return undefined;
  const folded = foldText(header.replace(/\([^)]*\)/g, ' '));
  return preset.components.find((c) => [c.id, c.vi, c.en, ...c.aliases].some((n) => foldText(n) === folded));
}

/** How many leading rows are header: rows before the first with at least two number cells (at most 3). */
export function headerRowCount(rows: readonly string[][]): number {
  for (let r = 0; r < Math.min(rows.length, 4); r++) {
    const numbers = rows[r].filter((c) => c.trim() !== '' && readNumberCell(c).kind === 'number').length;
    if (numbers >= 2) return Math.max(1, r);
  }
  return 1;
}

/** The meaning of each column, from the (possibly two-row, merged-cell) header and a sample of the body. */
export function matchProvinceColumns(headerRows: readonly string[][], body: readonly string[][], label: string): ProvinceColumn[] {
  const preset = findPreset(label);
  const width = Math.max(...headerRows.map((r) => r.length), ...body.slice(0, 5).map((r) => r.length));
  // A merged group cell is printed once, over its first column: carry it right over the columns below it that have text.
  const groups: string[] = [];
  const own: string[] = [];
  for (let c = 0; c < width; c++) {
    const texts = headerRows.map((r) => (r[c] ?? '').trim());
    const lowest = [...texts].reverse().find((t) => t !== '') ?? '';
    own.push(lowest);
    let group = '';
    if (headerRows.length > 1) {
      for (let r = 0; r < headerRows.length - 1; r++) {
        for (let k = c; k >= 0; k--) {
          const t = (headerRows[r][k] ?? '').trim();
          if (t !== '') {
            // Only a group if the cell is above a column with its own text below, or is this very column.
            if (k === c ? texts.slice(r + 1).some((x) => x !== '') : true) group = t;
            break;
          }
        }
      }
      if (group === lowest) group = '';
    }
    groups.push(group);
  }
  const taken = new Set<string>();
  const columns: ProvinceColumn[] = own.map((header, column) => {
    const group = groups[column];
    const folded = foldText(header);
    const scale = printedScale(header) ?? printedScale(group);
    const base = { column, header, group, printedScale: scale };
    if (UNIT_HEADERS.includes(folded)) return { ...base, role: 'unit' };
    if (RESPONSES_HEADERS.includes(folded)) return { ...base, role: 'responses' };
    if (GRADE_HEADERS.includes(folded)) return { ...base, role: 'grade' };
    if (RANK_HEADERS.includes(folded)) return { ...base, role: 'rank' };
    if (IGNORED_HEADERS.includes(folded)) return { ...base, role: 'ignore' };
    const core = headerCore(header, label);
    const numeric = body.slice(0, 30).some((r) => readNumberCell(r[column]).kind === 'number');
    if (!numeric) return { ...base, role: 'ignore' };
    if (core === '' || core === 'tong' || core === 'tong diem' || core === 'diem tong hop' || (scale !== null && scale >= 100 && !presetComponentFor(preset, header))) {
      if (!taken.has(TOTAL)) {
        taken.add(TOTAL);
        return { ...base, role: 'composite', component: TOTAL };
      }
    }
    const known = presetComponentFor(preset, header);
    const id = known?.id ?? (foldText(header).replace(/ /g, '_') || `column_${column + 1}`);
    if (taken.has(id)) return { ...base, role: 'ignore' };
    taken.add(id);
    return { ...base, role: 'component', component: id };
  });
  if (!columns.some((c) => c.role === 'unit')) {
    // No unit header: the column whose cells announce units ("Sở …", "Huyện …").
    const best = columns
      .filter((c) => c.role === 'ignore')
      .map((c) => ({ c, share: body.filter((r) => kindOfName(r[c.column] ?? '') !== null).length / Math.max(1, body.length) }))
      .sort((a, b) => b.share - a.share)[0];
    if (best && best.share >= 0.6) best.c.role = 'unit';
  }
  return columns;
}

/**
 * A definition suggested from the header: what the user confirms (or changes: scales, kinds, direction).
 * `unitKinds` comes from the body's units; scales from the header, else the preset.
 */
export function suggestDefinition(
  columns: readonly ProvinceColumn[],
  label: string,
  province: string,
  unitKinds: LocalUnitKind[] = [],
): ProvinceIndexDef {
  const preset = findPreset(label);
  const componentScale = preset?.componentScale ?? 10;
  const compositeScale = preset?.compositeScale ?? 100;
  const composite = columns.find((c) => c.role === 'composite');
  return {
    id: provinceIndexId(preset?.label ?? label, province),
    label: preset?.label ?? label,
    province,
    vi: preset?.vi ?? label,
    en: preset?.en ?? label,
    components: columns
      .filter((c) => c.role === 'component' && c.component)
      .map((c) => {
        const known = preset?.components.find((p) => p.id === c.component);
        return {
          id: c.component!,
          vi: c.header || known?.vi || c.component!,
          en: known?.en ?? c.header,
          header: c.header,
          min: 0,
          max: c.printedScale ?? componentScale,
          onlyKinds: known?.onlyKinds,
        };
      }),
    composite: composite ? { header: composite.header || composite.group, min: 0, max: composite.printedScale ?? compositeScale } : null,
    unitKinds: unitKinds.length ? unitKinds : (preset?.unitKinds ?? ['department', 'locality']),
    higherIsBetter: preset?.higherIsBetter ?? true,
    gradeColumn: columns.find((c) => c.role === 'grade')?.header ?? null,
    grades: [...(preset?.grades ?? [])],
    responsesColumn: columns.find((c) => c.role === 'responses')?.header ?? null,
    rankColumn: columns.find((c) => c.role === 'rank')?.header ?? null,
    compositeFunction: { kind: 'unknown' },
    notApplicableMarkers: preset?.notApplicableMarkers ?? ['-'],
  };
}

/** The definition as a catalogue index, so the long format, the score table and rank.ts read it like any other. */
export function toIndexDef(def: ProvinceIndexDef): IndexDef {
  const scale = (min: number, max: number) => [{ from: 1900, min, max }];
  return {
    id: def.id,
    label: def.label,
    vi: def.vi,
    en: def.en,
    publisher: def.province,
    aliases: [def.label],
    unitKind: 'province-unit',
    firstYear: 1900,
    tiers: { kind: def.grades.length ? 'published' : 'none', labels: def.grades.map((g) => ({ id: foldText(g).replace(/ /g, '_'), vi: g, en: g })) },
    methodBreaks: [],
    components: [
      ...(def.composite
        ? [{ id: TOTAL, vi: def.composite.header || `${def.label}`, en: `${def.label} composite`, scale: scale(def.composite.min, def.composite.max), years: [1900, null] as [number, null], higherIsBetter: def.higherIsBetter }]
        : []),
      ...def.components.map((c) => ({ id: c.id, vi: c.vi, en: c.en, aliases: [c.header], scale: scale(c.min, c.max), years: [1900, null] as [number, null], higherIsBetter: def.higherIsBetter })),
    ],
    scope: { province: def.province, unitKinds: def.unitKinds, notApplicable: def.notApplicableMarkers },
  };
}

/** The catalogue with a province's own indices (and the units it added), for reading long files and the views. */
export function withProvinceIndices(catalogue: Catalogue, definitions: readonly ProvinceIndexDef[], addedUnits: readonly LocalUnit[] = []): Catalogue {
  const ids = new Set(definitions.map((d) => d.id));
  const known = new Set((catalogue.localUnits ?? []).map((u) => u.id));
  return {
    ...catalogue,
    indices: [...catalogue.indices.filter((i) => !ids.has(i.id)), ...definitions.map(toIndexDef)],
    localUnits: [...(catalogue.localUnits ?? []), ...addedUnits.filter((u) => !known.has(u.id))],
  };
}

// ---- reading the body ---------------------------------------------------------------------------

export interface ProvinceTableResult extends ParseResult<Score> {
  columns: ProvinceColumn[];
  definition: ProvinceIndexDef;
  /** Units the table names that the catalogue did not list (added with a warning). */
  addedUnits: LocalUnit[];
  /** Where each figure's cell sits, by `<unit>|<component>`. */
  locations: Map<string, Location>;
  /** Unit names not read (a near miss, another period, unknown), once per name, for the user to resolve (unitNames.ts). */
  unresolved: UnresolvedName[];
}

export interface ProvinceTableOptions {
  label: string;
  province: string;
  year: number;
  /** A confirmed definition (scales, kinds, direction); defaults to the one suggested from the header. */
  definition?: ProvinceIndexDef;
  /** Confirmed column meanings; defaults to `matchProvinceColumns`. */
  columns?: ProvinceColumn[];
  source?: string;
  /** The province's units (catalogue + the province's own additions); defaults to the catalogue's. */
  units?: readonly LocalUnit[];
  /** How many leading rows of the grid are header (a located table says); defaults to `headerRowCount`. */
  headerRows?: number;
  /** Units the user picked for names the table prints (`local:<province>|<name>`), and the CLI's `--accept-guesses`. */
  unitNames?: UnitNameOptions;
}

/** Read a province-run index table (grid) for one province and year. */
export function readProvinceTable(grid: CsvGrid, file: string, options: ProvinceTableOptions): ProvinceTableResult {
  const { province, year } = options;
  const issues: Problem[] = [...grid.issues];
  const rows: Score[] = [];
  const locations = new Map<string, Location>();
  const units = options.units ?? provinceLocalUnits(province);
  const headerCount = options.headerRows ?? headerRowCount(grid.rows);
  const headerRows = grid.rows.slice(0, headerCount);
  const body = grid.rows.slice(headerCount);
  const columns = options.columns ?? matchProvinceColumns(headerRows, body, options.label);
  const headerLine = grid.lines[headerCount - 1] ?? 1;
  const unitColumn = columns.find((c) => c.role === 'unit');
  const emptyDef = options.definition ?? suggestDefinition(columns, options.label, province);
  if (grid.rows.length === 0) return { rows, issues: [...issues, problem('empty-file', { file, line: 1, column: 0 })], columns, definition: emptyDef, addedUnits: [], locations, unresolved: [] };
  if (!unitColumn) {
    issues.push(problem('no-unit-column', { file, line: headerLine, column: 0 }));
    return { rows, issues, columns, definition: emptyDef, addedUnits: [], locations, unresolved: [] };
  }
  const scored = columns.filter((c) => (c.role === 'component' || c.role === 'composite') && c.component);
  if (scored.length === 0) issues.push(problem('no-component-column', { file, line: headerLine, column: 0 }, { index: options.label }));

  // Resolve units first: the kinds present decide what the index scores. Each printed name once (unitNames.ts: the
  // user's picks, near misses asked, the same mechanics as a province's name).
  const cellOf = new Map<string, ReturnType<typeof readLocalUnitCell>>();
  const set = localUnitSet(province);
  const resolved = body.map((cells) => {
    const written = writtenKey(cells[unitColumn.column] ?? '');
    let known = cellOf.get(written);
    if (!known) cellOf.set(written, (known = readLocalUnitCell(units, province, written, year, options.unitNames)));
    return known;
  });
  const kinds = [...new Set(resolved.flatMap((r) => (r.cell.unit ? [r.cell.unit.kind] : [])))];
  const definition = options.definition ?? suggestDefinition(columns, options.label, province, kinds);
  const componentDef = new Map(definition.components.map((c) => [c.id, c]));
  const grades = definition.grades.map(foldText);
  const layout: WideRowLayout = {
    scoreColumns: scored.flatMap((col) => {
      const range = col.component === TOTAL ? definition.composite : componentDef.get(col.component!);
      const own = componentDef.get(col.component!);
      const name = col.component === TOTAL ? { vi: 'điểm tổng hợp', en: 'the composite' } : own ? { vi: own.vi, en: own.en } : undefined;
      return range ? [{ column: col.column, component: col.component!, ...(name ? { name } : {}), min: range.min, max: range.max }] : [];
    }),
    rankColumn: columns.find((c) => c.role === 'rank')?.column ?? -1,
    tierColumn: columns.find((c) => c.role === 'grade')?.column ?? -1,
    responsesColumn: columns.find((c) => c.role === 'responses')?.column ?? -1,
    notApplicable: definition.notApplicableMarkers,
    knownTier: grades.length ? (text) => grades.includes(foldText(text)) : undefined,
    indexName: definition.label,
  };
  const source = options.source ?? file;
  const addedUnits: LocalUnit[] = [];
  const seen = new Map<string, number>();
  const level = localityLevelFor(year);
  const unresolved = new UnresolvedNames();

  body.forEach((cells, r) => {
    const line = grid.lines[headerCount + r];
    const at = (c: number): Location => ({ file, line, column: c + 1 });
    const written = (cells[unitColumn.column] ?? '').trim();
    if (written === '' && cells.every((c) => c.trim() === '')) return;
    const { res, cell } = resolved[r];
    if (cell.problemAt) issues.push(cell.problemAt(at(unitColumn.column)));
    if (!cell.unit) {
      unresolved.add(written, year, cell, at(unitColumn.column), set);
      return;
    }
    const unit: LocalUnit = cell.unit;
    if (res.kind === 'new') {
      if (unit.kind === 'locality' && unit.level !== level) {
        issues.push(problem('locality-level-mismatch', at(unitColumn.column), { value: written, year }));
        return;
      }
      if (!addedUnits.some((u) => u.id === unit.id)) addedUnits.push(unit);
      issues.push(problem('added-local-unit', at(unitColumn.column), { value: written, kind: unit.kind === 'department' ? 'sở/ban/ngành' : 'địa phương' }));
    }
    if (!definition.unitKinds.includes(unit.kind)) {
      issues.push(problem('unit-kind-not-scored', at(unitColumn.column), { value: written, index: definition.label }));
      return;
    }
    const firstLine = seen.get(unit.id);
    if (firstLine !== undefined) {
      issues.push(problem('duplicate-unit-row', at(unitColumn.column), { index: definition.label, year, unit: { vi: unit.vi, en: unit.en }, firstLine }));
      return;
    }
    seen.set(unit.id, line);

    const read = readWideRow(cells, at, layout, { index: definition.id, year, unit: unit.id, source }, issues);
    for (const { score, column } of read.scores) locations.set(`${unit.id}|${score.component}`, at(column));
    if (read.ok) rows.push(...read.scores.map((x) => x.score));
  });
  if (body.length === 0) issues.push(problem('empty-file', { file, line: headerLine, column: 0 }));
  const withFunction = { ...definition, compositeFunction: definition.compositeFunction.kind === 'unknown' ? fitCompositeFunction(rows, definition) : definition.compositeFunction };
  return { rows, issues, columns, definition: withFunction, addedUnits, locations, unresolved: unresolved.list() };
}

/**
 * A table found in a workbook, PDF, paste or CSV (sourceTable.locateTable: title rows, section rows and footnotes
 * left out) as the grid `readProvinceTable` reads: the header rows, then the data rows, each with its line.
 */
export function locatedProvinceGrid(located: Pick<LocatedGrid, 'grid' | 'headerRows' | 'headerLines'>): { grid: CsvGrid; headerRows: number } {
  const { grid, headerRows, headerLines } = located;
  return {
    grid: { rows: [...headerRows, ...grid.rows.slice(1)], lines: [...headerLines, ...grid.lines.slice(1)], delimiter: grid.delimiter, issues: grid.issues },
    headerRows: headerRows.length,
  };
}

/** Parse a province-run index table's text (CSV). Never throws. */
export function parseProvinceTableCsv(text: string, file: string, options: ProvinceTableOptions): ProvinceTableResult {
  const checked = checkText(text, file);
  if (checked.issues.length) {
    const def = options.definition ?? suggestDefinition([], options.label, options.province);
    return { rows: [], issues: checked.issues, columns: [], definition: def, addedUnits: [], locations: new Map(), unresolved: [] };
  }
  const grid = readCsvGrid(checked.text, file);
  const located = locateTable(csvTable(grid), file, defaultCatalogue, localUnitNames(options.units ?? provinceLocalUnits(options.province)));
  const result = readLocatedProvinceTable(located, file, options);
  return { ...result, issues: [...grid.issues, ...result.issues] };
}

/**
 * Read a province's table as found in a workbook sheet, PDF, paste or CSV: problems in the source's own terms
 * (`DDCI 2021!K16`, "page 2, line 5"), title rows, section rows ("KHỐI SỞ, BAN, NGÀNH") and footnotes left out
 * with a notice.
 */
export function readLocatedProvinceTable(located: LocatedGrid, file: string, options: ProvinceTableOptions): ProvinceTableResult {
  const { grid, headerRows } = locatedProvinceGrid(located);
  const result = readProvinceTable(grid, file, { ...options, headerRows });
  return { ...result, issues: [...placeProblems(result.issues, located.placeOf), ...located.notices] };
}

// ---- the composite as a function of the components ----------------------------------------------

/** Printed to 2 decimals: the mean of rounded components is off by ≤ 0.005, ×10 → 0.05, plus the composite's own rounding. */
export const COMPOSITE_FIT_TOLERANCE = 0.06;

/**
 * The composite is `factor` × the mean of the components a unit is scored on (not-applicable ones left out) when
 * every unit with a composite fits within rounding; otherwise `unknown`. Hà Tĩnh DDCI 2021 does not fit (Thị xã
 * Hồng Lĩnh: mean × 10 = 88.98, printed 89.45), so no contributions are derived from it.
 */
export function fitCompositeFunction(scores: readonly Score[], def: ProvinceIndexDef): CompositeFunction {
  if (!def.composite || def.components.length === 0) return { kind: 'unknown' };
  const factor = def.composite.max / (def.components[0]?.max || 1);
  if (def.components.some((c) => c.max * factor !== def.composite!.max)) return { kind: 'unknown' };
  const byUnit = new Map<string, Score[]>();
  for (const s of scores) byUnit.set(s.unit, [...(byUnit.get(s.unit) ?? []), s]);
  let fitted = 0;
  for (const group of byUnit.values()) {
    const total = group.find((s) => s.component === TOTAL)?.value;
    if (total == null) continue;
    const parts = group.filter((s) => s.component !== TOTAL && !s.notApplicable);
    if (parts.some((s) => s.value === null) || parts.length === 0) continue;
    const mean = parts.reduce((sum, s) => sum + s.value!, 0) / parts.length;
    if (Math.abs(mean * factor - total) > COMPOSITE_FIT_TOLERANCE) return { kind: 'unknown' };
    fitted++;
  }
  return fitted > 0 ? { kind: 'mean', factor } : { kind: 'unknown' };
}

// ---- saving and exporting -----------------------------------------------------------------------

export const PROVINCE_INDEX_SCHEMA = 'chiso-province-index';
export const PROVINCE_INDEX_VERSION = 1;

/** A province's index data as exported (and kept): the definition, its added units and the figures. */
export interface ProvinceIndexBundle {
  schema: typeof PROVINCE_INDEX_SCHEMA;
  version: number;
  definition: ProvinceIndexDef;
  addedUnits: LocalUnit[];
  scores: Score[];
}

export function toBundle(definition: ProvinceIndexDef, addedUnits: LocalUnit[], scores: Score[]): ProvinceIndexBundle {
  return { schema: PROVINCE_INDEX_SCHEMA, version: PROVINCE_INDEX_VERSION, definition, addedUnits, scores };
}

/** Read an exported bundle back; a wrong schema or a newer version is a message, never a throw. */
export function bundleFromJson(text: string): { bundle: ProvinceIndexBundle } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { error: `not JSON: ${(err as Error).message}` };
  }
  const b = data as Partial<ProvinceIndexBundle>;
  if (b?.schema !== PROVINCE_INDEX_SCHEMA) return { error: `not a ${PROVINCE_INDEX_SCHEMA} file` };
  if (typeof b.version !== 'number' || b.version > PROVINCE_INDEX_VERSION) return { error: `version ${String(b.version)} is newer than this app reads (${PROVINCE_INDEX_VERSION})` };
  if (!b.definition || !Array.isArray(b.scores)) return { error: 'definition or scores missing' };
  return { bundle: { ...(b as ProvinceIndexBundle), addedUnits: b.addedUnits ?? [] } };
}
