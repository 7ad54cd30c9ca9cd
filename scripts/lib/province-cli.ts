/**
 * The province-run index (DDCI …) side of `npm run import`, `validate` and `analyze`: `--province P` names the
 * province whose own index it is, `--unit U` a department or locality inside it. No logic of its own: reading is
 * src/domain/province/provinceIndex.ts, analysis src/domain/province/provinceAnalysis.ts, units src/domain/province/provinceUnits.ts.
 *
 * A FILE may be the table as printed (wide: one row per unit), a long CSV with a `unit` column (what `import`
 * writes), or an exported JSON bundle (definition + figures). For a long CSV the definition is read from
 * `--definition FILE` (a bundle or the `.definition.json` that `import --out` writes beside its CSV), else from the
 * index's preset (10-point components, 100-point composite).
 */
import { yearInFileName } from '@/domain/import/headerYear';
import { existsSync, readFileSync } from 'node:fs';
import { defaultCatalogue, resolveUnit } from '@/domain/catalogue/catalogue';
import { checkText, parseScoresCsv, readCsvGrid } from '@/domain/import/parse';
import { formatProblem, problem, unreadableFile } from '@/domain/import/problems';
import { analyseLocalUnit, type LocalUnitAnalysis } from '@/domain/province/provinceAnalysis';
import {
  bundleFromJson,
  findPreset,
  parseProvinceTableCsv,
  suggestDefinition,
  withProvinceIndices,
  type ProvinceColumn,
  type ProvinceIndexDef,
  type ProvinceTableResult,
} from '@/domain/province/provinceIndex';
import { catalogueLocalUnits, departmentIdOf, provinceScope, resolveLocalUnit, type LocalUnit, type LocalUnitKind } from '@/domain/province/provinceUnits';
import type { Problem, Score } from '@/domain/catalogue/types';
import { fileKindOf, readTables } from '@/data/readers';
import { analyseProvince, inspectProvinceTables } from '@/data/provinceImport';
import { tableShape } from '@/domain/import/wide';

export interface ProvinceArgs {
  label: string;
  /** Province as typed (name or code). */
  province: string;
  year: number;
  /** Confirmed choices that override what the header suggests. */
  componentScale?: number;
  compositeScale?: number;
  kinds?: LocalUnitKind[];
  lowerIsBetter?: boolean;
  definitionFile?: string;
  /** `--accept-guesses`: a unit's name one letter or tone mark off a known spelling ("Sở Tư phap") taken as guessed, a warning at its line. */
  acceptGuesses?: boolean;
}

/** The province's scope id ("42" for Hà Tĩnh in 2021 and 2025), or an error message. */
export function provinceOf(written: string, year: number): { scope: string; name: string } | { error: string } {
  const unit = resolveUnit(defaultCatalogue, written, year);
  if (!unit) return { error: `Unknown province "${written}" for ${year}` };
  return { scope: provinceScope(defaultCatalogue, unit.id), name: unit.vi };
}

/** Apply the user's confirmations (flags) to a suggested definition. */
export function confirmDefinition(def: ProvinceIndexDef, args: ProvinceArgs): ProvinceIndexDef {
  return {
    ...def,
    components: def.components.map((c) => ({ ...c, max: args.componentScale ?? c.max })),
    composite: def.composite && { ...def.composite, max: args.compositeScale ?? def.composite.max },
    unitKinds: args.kinds ?? def.unitKinds,
    higherIsBetter: args.lowerIsBetter ? false : def.higherIsBetter,
  };
}

function readDefinitionFile(file: string): { definition: ProvinceIndexDef; addedUnits: LocalUnit[] } | { error: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { error: `${file}: ${(err as Error).message}` };
  }
  const bundle = bundleFromJson(text);
  if ('bundle' in bundle) return { definition: bundle.bundle.definition, addedUnits: bundle.bundle.addedUnits };
  try {
    const def = JSON.parse(text) as ProvinceIndexDef;
    if (def && Array.isArray(def.components) && typeof def.id === 'string') return { definition: def, addedUnits: [] };
  } catch {
    /* reported below */
  }
  return { error: `${file}: ${bundle.error}` };
}

/** The definition a long file is read with: --definition, the sidecar of `import --out`, else the preset's. */
function definitionForLong(file: string, args: ProvinceArgs, scope: string): { definition: ProvinceIndexDef; addedUnits: LocalUnit[] } | { error: string } {
  const sidecar = file.replace(/\.csv$/i, '') + '.definition.json';
  const source = args.definitionFile ?? (existsSync(sidecar) ? sidecar : undefined);
  if (source) return readDefinitionFile(source);
  const preset = findPreset(args.label);
  if (!preset) return { error: `${args.label}: no definition (give --definition FILE)` };
  const columns = preset.components.map((c, i) => ({ column: i, header: c.vi, group: '', role: 'component' as const, component: c.id, printedScale: null }));
  const def = suggestDefinition([...columns, { column: columns.length, header: preset.label, group: '', role: 'composite' as const, component: 'total', printedScale: null }], args.label, scope);
  return { definition: confirmDefinition(def, args), addedUnits: [] };
}

export interface ProvinceRead {
  rows: Score[];
  issues: Problem[];
  definition: ProvinceIndexDef | null;
  addedUnits: LocalUnit[];
  table?: ProvinceTableResult;
  /** The column roles read from a printed table's header. */
  columns?: ProvinceColumn[];
}

/**
 * Read one file of a province-run index, whatever its form — a workbook (.xlsx, .xls, .ods) or a text PDF too —
 * through the same inspection and analysis the app's import worker runs (src/data/provinceImport.ts): title rows,
 * STT, a two-row header, section rows and footnotes as a province prints them. Never throws.
 */
export async function readProvinceSource(file: string, args: ProvinceArgs & { sheet?: string }): Promise<ProvinceRead> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(readFileSync(file));
  } catch (err) {
    return { rows: [], issues: [unreadableFile(file, err)], definition: null, addedUnits: [] };
  }
  const kind = fileKindOf(file, head.subarray(0, 8));
  if (kind === 'text') return readProvinceFile(file, args);
  const province = provinceOf(args.province, args.year);
  if ('error' in province) return { rows: [], issues: [problem('unknown-province', { file, line: 0, column: 0 }, { value: args.province, year: args.year })], definition: null, addedUnits: [] };
  const read = await readTables(kind, head, file);
  if (read.issues.length) return { rows: [], issues: read.issues, definition: null, addedUnits: [] };
  const destination = { kind: 'province' as const, province: province.scope, label: args.label };
  const inspected = inspectProvinceTables(read.tables, file, destination, undefined, args.sheet);
  if (inspected.inspection.issues.length) return { rows: [], issues: inspected.inspection.issues, definition: null, addedUnits: [] };
  const first = analyseProvince(inspected, destination, { year: args.year, acceptGuesses: args.acceptGuesses }, []);
  const fromFile = args.definitionFile ? readDefinitionFile(args.definitionFile) : null;
  const definition = fromFile && !('error' in fromFile) ? fromFile.definition : confirmDefinition(first.province.definition, args);
  const { scores, analysis, province: table } = analyseProvince(inspected, destination, { year: args.year, definition, columns: first.province.columns, acceptGuesses: args.acceptGuesses }, []);
  return { rows: scores.map((s) => ({ ...s, source: file })), issues: analysis.issues, definition: table.definition, addedUnits: table.addedUnits, columns: table.columns };
}

/** Read one file of a province-run index, whatever its form. Never throws; problems are located. */
export function readProvinceFile(file: string, args: ProvinceArgs): ProvinceRead {
  const province = provinceOf(args.province, args.year);
  if ('error' in province) return { rows: [], issues: [problem('unknown-province', { file, line: 0, column: 0 }, { value: args.province, year: args.year })], definition: null, addedUnits: [] };
  let text: string;
  try {
    text = readFileSync(file).toString('utf8');
  } catch (err) {
    return { rows: [], issues: [unreadableFile(file, err)], definition: null, addedUnits: [] };
  }
  if (/^\s*\{/.test(text)) {
    const bundle = bundleFromJson(text);
    if ('error' in bundle) return { rows: [], issues: [problem('unreadable-file', { file, line: 1, column: 0 }, { detail: bundle.error })], definition: null, addedUnits: [] };
    return { rows: bundle.bundle.scores, issues: [], definition: bundle.bundle.definition, addedUnits: bundle.bundle.addedUnits };
  }
  const checked = checkText(text, file);
  const header = checked.issues.length ? [] : (readCsvGrid(checked.text.slice(0, 4096), file).rows[0] ?? []);
  if (!checked.issues.length && tableShape(header) === 'long') {
    const defined = definitionForLong(file, args, province.scope);
    if ('error' in defined) return { rows: [], issues: [problem('province-index-undefined', { file, line: 1, column: 0 }, { index: args.label, province: province.name })], definition: null, addedUnits: [] };
    const catalogue = withProvinceIndices(defaultCatalogue, [defined.definition], defined.addedUnits);
    const result = parseScoresCsv(text, file, catalogue, { source: file, unitNames: { acceptGuesses: args.acceptGuesses } });
    return { rows: result.rows, issues: result.issues, definition: defined.definition, addedUnits: defined.addedUnits };
  }
  // The table as printed: defined from its header, with the user's confirmations from the flags.
  const unitNames = { acceptGuesses: args.acceptGuesses };
  const first = parseProvinceTableCsv(text, file, { label: args.label, province: province.scope, year: args.year, source: file, unitNames });
  const definition = args.definitionFile
    ? (() => {
        const d = readDefinitionFile(args.definitionFile!);
        return 'error' in d ? confirmDefinition(first.definition, args) : d.definition;
      })()
    : confirmDefinition(first.definition, args);
  const table = parseProvinceTableCsv(text, file, { label: args.label, province: province.scope, year: args.year, source: file, definition, columns: first.columns, unitNames });
  return { rows: table.rows, issues: table.issues, definition: table.definition, addedUnits: table.addedUnits, table, columns: table.columns };
}

/** Parse `--kinds department,locality`. */
export function parseKinds(text: string | undefined): LocalUnitKind[] | undefined {
  if (!text) return undefined;
  return text.split(',').map((k) => (k.trim().startsWith('d') ? 'department' : 'locality'));
}

// ---- analyze -------------------------------------------------------------------------------------

export interface ProvinceAnalyzeOutput {
  index: string;
  label: string;
  province: string;
  year: number;
  unit: { id: string; name: string; kind: LocalUnitKind; department: string | null };
  /** Composite with its rank among the units of the same kind loaded (marked `*`), never among all units. */
  composite: {
    value: number | null;
    grade: string | null;
    responses: number | null;
    rank: number | null;
    rankBasis: string | null;
    rankOutOf: number;
    rankAmong: LocalUnitKind;
    rankMark: '*' | '';
    rankNote: { vi: string; en: string } | null;
  } | null;
  components: LocalUnitAnalysis['components'];
  weak: string[];
  trend: LocalUnitAnalysis['trend'];
  series: LocalUnitAnalysis['series'];
  predecessors: LocalUnitAnalysis['predecessors'];
  compositeFunction: LocalUnitAnalysis['compositeFunction'];
  contributions: LocalUnitAnalysis['contributions'];
  problems: string[];
}

/** The flags of `npm run analyze` for a province-run index (read by scripts/lib/cli.mjs in analyze.ts). */
export interface ProvinceAnalyzeArgs {
  index?: string;
  province?: string;
  year?: string;
  unit?: string;
  with: readonly string[];
  definition?: string;
  json: boolean;
  lang: 'vi' | 'en';
}

/** `npm run analyze -- --index DDCI --province P --year Y --unit U --with FILE... [--json]`: exit code and output. */
export function analyzeProvinceRun(args: ProvinceAnalyzeArgs): { code: number; stdout: string; stderr: string } {
  const withFiles = args.with;
  const label = args.index ?? 'DDCI';
  const provinceText = args.province;
  const yearText = args.year ?? '';
  const unitText = args.unit;
  const lang = args.lang;
  const usage = 'analyze: --province, --year, --unit and --with FILE are needed for a province-run index (npm run analyze -- --index DDCI --province "Hà Tĩnh" --year 2021 --unit "Sở Tư pháp" --with FILE)';
  if (!provinceText || !/^\d{4}$/.test(yearText) || !unitText || withFiles.length === 0) return { code: 2, stdout: '', stderr: `${usage}\n` };
  const year = Number(yearText);
  const province = provinceOf(provinceText, year);
  if ('error' in province) return { code: 2, stdout: '', stderr: `${province.error}\n` };
  const scores: Score[] = [];
  const problems: Problem[] = [];
  let definition: ProvinceIndexDef | null = null;
  const added: LocalUnit[] = [];
  for (const file of withFiles) {
    // Each file is read for its own edition (year from the flag for the first, from the file name otherwise).
    const fileYear = yearInFileName(file) ?? year;
    const read = readProvinceFile(file, { label, province: provinceText, year: fileYear, definitionFile: args.definition });
    problems.push(...read.issues);
    scores.push(...read.rows);
    added.push(...read.addedUnits);
    definition = definition ?? read.definition;
  }
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length || !definition) {
    return { code: 1, stdout: '', stderr: problems.map((p) => formatProblem(p, lang)).join('\n') + `\n${errors.length} error(s): nothing analysed\n` };
  }
  const catalogue = withProvinceIndices(defaultCatalogue, [definition], added);
  const units = catalogueLocalUnits(catalogue, province.scope);
  const found = resolveLocalUnit(units, province.scope, unitText, year);
  if (found.kind !== 'found' && found.kind !== 'new') {
    const why = found.kind === 'former' ? ` (ended ${found.unit.validTo}; carried on by ${found.successors.map((u) => u.vi).join(', ')})` : found.kind === 'guess' ? `: did you mean "${found.unit.vi}"?` : '';
    return { code: 2, stdout: '', stderr: `Unknown unit "${unitText}" of ${province.name} for ${year}${why}\n` };
  }
  const analysis = analyseLocalUnit(scores, units, definition, year, found.unit.id);
  if (!analysis) return { code: 2, stdout: '', stderr: `No figures for "${unitText}"\n` };
  const kindName = { department: { vi: 'sở, ban, ngành', en: 'departments' }, locality: { vi: 'địa phương', en: 'localities' } }[analysis.kind];
  const c = analysis.composite;
  const output: ProvinceAnalyzeOutput = {
    index: definition.id,
    label: definition.label,
    province: province.name,
    year,
    unit: { id: found.unit.id, name: found.unit.vi, kind: found.unit.kind, department: departmentIdOf(found.unit) },
    composite: c
      ? {
          value: c.value,
          grade: c.grade,
          responses: c.responses,
          rank: c.rank,
          rankBasis: c.basis,
          rankOutOf: c.outOf,
          rankAmong: analysis.kind,
          rankMark: c.basis === 'among-loaded' ? '*' : '',
          rankNote:
            c.basis === 'among-loaded'
              ? { vi: `hạng trong số ${c.outOf} ${kindName.vi} đã nạp, không phải hạng do tỉnh công bố`, en: `rank among the ${c.outOf} ${kindName.en} loaded, not a rank the province published` }
              : null,
        }
      : null,
    components: analysis.components,
    weak: analysis.weak.map((w) => w.component),
    trend: analysis.trend,
    series: analysis.series,
    predecessors: analysis.predecessors,
    compositeFunction: analysis.compositeFunction,
    contributions: analysis.contributions,
    problems: problems.map((p) => formatProblem(p, lang)),
  };
  if (args.json) return { code: 0, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: '' };
  const name = (id: string) => definition!.components.find((x) => x.id === id)?.[lang] ?? id;
  const n = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(2));
  const lines = [
    `${definition.label} ${year} — ${found.unit.vi} (${province.name})`,
    c ? `  ${lang === 'vi' ? 'Điểm' : 'Score'} ${n(c.value)}  ${lang === 'vi' ? 'hạng' : 'rank'} ${c.rank ?? '—'}${output.composite!.rankMark}/${c.outOf} ${kindName[lang]}  ${c.grade ?? ''}` : '',
    c && c.basis === 'among-loaded' ? `  * ${output.composite!.rankNote![lang]}` : '',
    '',
    ...analysis.components.map(
      (x) => `  ${x.weak ? '!' : ' '} ${name(x.component).padEnd(40)} ${x.notApplicable ? (lang === 'vi' ? 'không áp dụng' : 'not applicable') : `${n(x.value).padStart(6)}  #${x.rank ?? '—'}/${x.outOf}  median ${n(x.median)}`}`,
    ),
    '',
    analysis.contributions ? '' : lang === 'vi' ? '  Điểm tổng hợp không phải hàm đã biết của các thành phần (hoặc thiếu kỳ trước): không tách đóng góp.' : '  The composite is not a known function of the components (or no previous edition): no contributions.',
  ];
  return { code: 0, stdout: lines.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n') + '\n', stderr: '' };
}

/** `--unit U`: keep one unit's figures (import, validate); an unknown or former unit is a message naming why. */
export function onlyUnit(read: ProvinceRead, unitText: string, provinceText: string, year: number): { rows: Score[] } | { error: string } {
  const province = provinceOf(provinceText, year);
  if ('error' in province) return province;
  const catalogue = withProvinceIndices(defaultCatalogue, read.definition ? [read.definition] : [], read.addedUnits);
  const found = resolveLocalUnit(catalogueLocalUnits(catalogue, province.scope), province.scope, unitText, year);
  if (found.kind === 'former') return { error: `"${unitText}" ended in ${found.unit.validTo}; carried on by ${found.successors.map((u) => u.vi).join(', ') || '—'}` };
  if (found.kind === 'guess') return { error: `Unknown unit "${unitText}" of ${province.name} for ${year}: did you mean "${found.unit.vi}"?` };
  if (found.kind !== 'found' && found.kind !== 'new') return { error: `Unknown unit "${unitText}" of ${province.name} for ${year}` };
  const rows = read.rows.filter((s) => s.unit === found.unit.id);
  return rows.length ? { rows } : { error: `No figures for "${unitText}" in this file` };
}
