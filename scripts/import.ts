/**
 * npm run import -- --index PCI --year 2021 FILE [--sheet NAME] [--out OUT] [--lang vi|en]
 * npm run import -- --index DDCI --province "Hà Tĩnh" --year 2021 FILE [--sheet NAME] [--out OUT] [--scale 10] [--composite-scale 100]
 *   [--kinds department,locality] [--lower-is-better] [--definition DEF.json] [--unit U (only that unit's figures)]
 * With --province (or a province-run index such as DDCI) the table is a province's own index of its departments and
 * localities: its definition is taken from the header (printed scales; the flags confirm or change them), printed on
 * stderr, and written beside --out as OUT.definition.json (definition, added units and figures: the export).
 * Turns a wide table as published (one row per province, one column per component) into the long CSV
 * that `npm run validate` accepts, with the same core the app uses (src/domain/import/wide.ts). FILE may be a
 * CSV, a workbook (.xlsx, .xls, .ods: the sheet holding a province table, or --sheet) or a text PDF
 * (src/data/readers); problems in those are located as `PCI 2016!M12` or "page 2, line 5".
 * --compare [--with FILE…] [--json]: instead of the CSV, how the table's figures stand to the shipped data (with the
 * --with long files laid over it, as the app lays confirmed imports): `{ "new", "same", "sameWithMoreDigits",
 * "different": [{ province, component, loaded, incoming, loadedSource, incomingSource }] }`, two figures being the
 * same when they agree at the coarser of their printed precisions (src/domain/import/precision.ts).
 * Prints one `FILE:LINE:COL: severity: message` per problem on stderr (header matches too, so they can be
 * checked). Rows with an error are left out and listed with their place; the rows read are still written, and the
 * exit code is 1 when any row was left out (nothing written when no row could be read). A province name one letter or
 * tone mark off a known spelling ("Quảng Nình") is such a row, its error naming the guess, unless --accept-guesses takes
 * the guesses (each then a warning at its line). Without --out the CSV goes to stdout.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { positiveFlag, readCli, runCli, usageError, type CliValues } from './lib/cli.mjs';
import { isProvinceIndexName, toBundle, withProvinceIndices } from '@/domain/province/provinceIndex';
import { onlyUnit, parseKinds, readProvinceSource } from './lib/province-cli';
import { defaultCatalogue, findIndex, unitName } from '@/domain/catalogue/catalogue';
import { importWarnings } from '@/domain/import/importChecks';
import { formatProblem, unreadableFile } from '@/domain/import/problems';
import { matchWideColumns, parseWideCsv, tableShape, toLongCsv, type ColumnMatch } from '@/domain/import/wide';
import { structureBreak, withContinues, type EditionStructure } from '@/domain/catalogue/editionStructure';
import type { Catalogue } from '@/domain/catalogue/catalogue';
import { checkText, readCsvGrid } from '@/domain/import/parse';
import { foldText } from '@/domain/catalogue/text';
import { problem } from '@/domain/import/problems';
import { MIN_PROVINCE_ROWS } from '@/domain/import/sourceTable';
import type { Localised, Problem, Score } from '@/domain/catalogue/types';
import { analyseInspected, declareStructure, inspectTables, placeOfLocation, placeOfScore, type SpellingReadPlaced } from '@/data/importParsing';
import { SPELLINGS_READ_TITLE, spellingReadText } from '@/domain/import/unitNames';
import { diffImport } from '@/domain/import/importChecks';
import { parseScoresCsv } from '@/domain/import/parse';
import { overlayScores } from '@/domain/table/dataset';
import { loadShippedTable } from './lib/shipped-table';
import { fileKindOf, readTables } from '@/data/readers';

export const IMPORT_CLI = {
  name: 'import',
  usage: 'npm run import -- --index PCI --year 2021 FILE [--sheet NAME] [--out OUT] [--lang vi|en] [--ignore-column NAME] [--new-structure] [--accept-guesses] [--compare [--with FILE…] [--json]]\n       npm run import -- --index DDCI --province "Hà Tĩnh" --year 2021 FILE [--out OUT] [--scale 10] [--composite-scale 100] [--kinds department,locality] [--lower-is-better] [--definition DEF.json] [--unit U] [--accept-guesses]',
  summary: 'Turns a wide table as published (CSV, workbook or text PDF) into the long CSV that npm run validate accepts; problems are printed FILE:LINE:COL.',
  helpCommand: 'npm run import -- --help',
  options: {
    index: { type: 'string', value: 'INDEX', help: 'index id (PCI, PAPI, PAR, SIPAS …, or a province-run index such as DDCI)', example: 'PCI' },
    year: { type: 'string', value: 'YEAR', help: 'edition of the table', example: '2021' },
    sheet: { type: 'string', value: 'NAME', help: 'the sheet holding the table (a workbook with several)' },
    out: { type: 'string', value: 'OUT.csv', help: 'write the long CSV here (its folder must exist); default stdout' },
    lang: { type: 'string', choices: ['vi', 'en'], help: 'language of the messages (default en)' },
    compare: { type: 'boolean', help: "instead of the CSV: how the table's figures stand to the shipped data (new, same, different)" },
    with: { type: 'string', value: 'FILE', greedy: true, help: 'with --compare: long score files laid over the shipped data first' },
    json: { type: 'boolean', help: 'with --compare: print the comparison as JSON' },
    'new-structure': { type: 'boolean', help: "the edition has a new structure (its components differ from the index's): declare it from the header, record a method break, write OUT.structure.json beside --out" },
    continues: { type: 'string', value: 'NEW=OLD', multiple: true, help: 'with --new-structure: a new component continues old ones, for the plan\'s owners (never a change across the break)', example: '"Cạnh tranh bình đẳng=equal_competition"' },
    'ignore-column': { type: 'string', value: 'NAME', multiple: true, help: 'leave out a column of figures that matches no component (its header as printed, or its number)', example: '"Dịch vụ hỗ trợ DN"' },
    'accept-guesses': { type: 'boolean', help: 'take each province name (or, for a province-run index, unit name: "Sở Tư phap") one letter or tone mark off a known spelling ("Quảng Nình") as the one guessed (a warning at its line); without it such a row is left out, naming the guess' },
    province: { type: 'string', value: 'NAME', help: 'the province whose own index the table is (DDCI …)', example: '"Hà Tĩnh"' },
    scale: { type: 'string', value: 'N', help: "confirm the components' scale (0–N) of a province-run table", example: '10' },
    'composite-scale': { type: 'string', value: 'N', help: "confirm the composite's scale (0–N)", example: '100' },
    kinds: { type: 'string', value: 'department,locality', help: 'the kinds of units the province scores', example: 'department,locality' },
    'lower-is-better': { type: 'boolean', help: 'a province-run index where a lower score is better' },
    definition: { type: 'string', value: 'DEF.json', help: "the province-run index's definition (a bundle or OUT.definition.json)" },
    unit: { type: 'string', value: 'NAME', help: "only this unit's figures (province-run index)", example: '"Sở Tư pháp"' },
  },
  positionals: { name: 'FILE', min: 1, max: 1 },
} as const;

type ImportArgs = CliValues<typeof IMPORT_CLI>;

/** The folder of --out must exist: said in one line before anything is read (never an ENOENT stack trace). */
function checkOut(out: string | undefined): void {
  if (out === undefined) return;
  const dir = dirname(resolve(out));
  let ok: boolean;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw usageError(`--out ${out}: the folder ${dir} does not exist`);
  if (existsSync(out) && statSync(out).isDirectory()) throw usageError(`--out ${out} is a folder; give a file name`);
}

/** Write a file, or one line saying why not (exit 1). */
function writeOut(file: string, text: string): boolean {
  try {
    writeFileSync(file, text);
    return true;
  } catch (err) {
    console.error(`${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    return false;
  }
}

/** A province's own index (DDCI …): read the printed table, report, write long CSV + the definition bundle. */
async function importProvinceRun(args: ImportArgs, file: string, lang: 'vi' | 'en'): Promise<number> {
  const label = args.index ?? 'DDCI';
  const province = args.province;
  if (!province) {
    console.error(`${label} is a province-run index: give --province (e.g. --province "Hà Tĩnh")`);
    return 2;
  }
  const year = Number(args.year);
  const kinds = args.kinds?.split(',').map((k) => k.trim());
  if (kinds?.some((k) => !/^(department|locality)s?$|^localities$/.test(k))) throw usageError(`--kinds "${args.kinds}": write department, locality or department,locality`);
  const numberOf = (name: 'scale' | 'composite-scale') => (args[name] !== undefined ? positiveFlag(name, args[name]) : undefined);
  const read = await readProvinceSource(file, {
    sheet: args.sheet,
    label,
    province,
    year,
    componentScale: numberOf('scale'),
    compositeScale: numberOf('composite-scale'),
    kinds: parseKinds(args.kinds),
    lowerIsBetter: Boolean(args['lower-is-better']),
    definitionFile: args.definition,
    acceptGuesses: args['accept-guesses'] === true,
  });
  const def = read.definition;
  if (def) {
    const vi = lang === 'vi';
    console.error(`  ${def.label} (${def.id}) — ${vi ? 'đơn vị chấm' : 'scores'}: ${def.unitKinds.join(', ')}; ${def.higherIsBetter ? (vi ? 'cao hơn là tốt hơn' : 'higher is better') : vi ? 'thấp hơn là tốt hơn' : 'lower is better'}`);
    for (const c of read.columns ?? []) {
      const comp = def.components.find((x) => x.id === c.component);
      const scale = comp ? ` (${comp.min}–${comp.max})` : c.role === 'composite' && def.composite ? ` (${def.composite.min}–${def.composite.max})` : '';
      console.error(`  ${vi ? 'cột' : 'column'} ${c.column + 1} "${c.header}" → ${c.role === 'component' ? c.component : c.role}${scale}`);
    }
    console.error(`  ${vi ? 'điểm tổng hợp' : 'composite'}: ${def.compositeFunction.kind === 'mean' ? `${def.compositeFunction.factor} × ${vi ? 'trung bình các thành phần' : 'mean of components'}` : vi ? 'không phải hàm đã biết của các thành phần' : 'not a known function of the components'}`);
  }
  for (const p of read.issues) console.error(formatProblem(p, lang));
  const errors = read.issues.filter((p) => p.severity === 'error').length;
  if (errors > 0 || !def) {
    console.error(`${file}: ${errors} error(s); nothing written`);
    return 1;
  }
  const unitText = args.unit;
  if (unitText) {
    const one = onlyUnit(read, unitText, province, year);
    if ('error' in one) {
      console.error(one.error);
      return 2;
    }
    read.rows = one.rows;
  }
  const catalogue = withProvinceIndices(defaultCatalogue, [def], read.addedUnits);
  const out = args.out;
  if (out) {
    const sidecar = out.replace(/\.csv$/i, '') + '.definition.json';
    if (!writeOut(out, toLongCsv(read.rows, catalogue)) || !writeOut(sidecar, JSON.stringify(toBundle(def, read.addedUnits, read.rows), null, 1))) return 1;
    console.error(`${out}: ${read.rows.length} figure(s), ${def.label} ${year}; ${sidecar}`);
  } else {
    process.stdout.write(toLongCsv(read.rows, catalogue, { bom: false }));
  }
  return 0;
}

async function main(): Promise<number> {
  const { values: args, positionals: files } = readCli(process.argv.slice(2), IMPORT_CLI);
  const withFiles = args.with;
  const lang = args.lang === 'vi' ? 'vi' : 'en';
  if (args.year !== undefined && !/^\d{4}$/.test(args.year)) throw usageError(`--year "${args.year}" is not a year (e.g. --year 2021)`);
  checkOut(args.out);
  if (!args.compare && (withFiles.length || args.json)) throw usageError(`--${withFiles.length ? 'with' : 'json'} goes with --compare`);
  if (args.province !== undefined || isProvinceIndexName(args.index ?? '')) {
    if (args.year === undefined) throw usageError('--year is needed (e.g. --year 2021)');
    if (args.compare) throw usageError('--compare is for the national indices, not a province-run table');
    return importProvinceRun(args, files[0], lang);
  }
  for (const flag of ['scale', 'composite-scale', 'kinds', 'definition', 'unit', 'lower-is-better'] as const) {
    if (args[flag] !== undefined) throw usageError(`--${flag} is for a province-run index (--index DDCI --province …)`);
  }
  if (!args.index || args.year === undefined) throw usageError(`--index and --year are needed (usage: ${IMPORT_CLI.usage.split('\n')[0]})`);
  const index = findIndex(defaultCatalogue, args.index);
  if (!index) throw usageError(`unknown index ${args.index} (${defaultCatalogue.indices.map((i) => i.id).join(', ')})`);
  const year = Number(args.year);
  const file = files[0];
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    console.error(formatProblem(unreadableFile(file, err), lang));
    return 1;
  }
  const kind = fileKindOf(file, bytes.subarray(0, 8));
  if (kind === 'text' && tableShape(bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].split(/[,;\t]/)) === 'long')
    // A long score file (index, year, province, component, score) is already what import writes: read as a wide table its
    // "year" column would be a column of figures matching no component.
    throw usageError(`${file} is already a long score file (index, year, province, component, score): npm run validate -- ${file} checks it, npm run analyze -- … --with ${file} uses it; import turns a published wide table into one`);
  const ignore = args['ignore-column'] ?? [];
  const newStructure = Boolean(args['new-structure']);
  if (newStructure && (!args.out || args.compare)) throw usageError('--new-structure needs --out OUT.csv (the structure is written beside it as OUT.structure.json) and does not go with --compare');
  const acceptGuesses = args['accept-guesses'] === true;
  const result = kind === 'text' ? fromText(bytes.toString('utf8'), file, index.id, year, ignore, newStructure, acceptGuesses) : await fromTables(kind, new Uint8Array(bytes), file, index.id, year, args.sheet, ignore, newStructure, acceptGuesses);
  if ((args.continues ?? []).length && !newStructure) throw usageError('--continues goes with --new-structure');
  if (result.structure && (args.continues ?? []).length) {
    const chosen = withContinues(result.structure, index, args.continues ?? []);
    for (const p of chosen.problems) console.error(`${file}: ${p[lang]}`);
    if (chosen.problems.length) return 2;
    result.structure = chosen.structure;
  }
  const catalogue = result.catalogue ?? defaultCatalogue;
  const unknownIgnored = ignore.filter((name) => !result.mapping.some((m) => namesColumn(m, name)));
  if (unknownIgnored.length) {
    console.error(`${file}: --ignore-column ${unknownIgnored.map((n) => `"${n}"`).join(', ')}: ${lang === 'vi' ? 'không có cột nào mang tên này' : 'no column has this header'} (${result.mapping.map((m) => `"${m.header}"`).join(', ')})`);
    return 2;
  }
  if (result.sheet) console.error(`  ${lang === 'vi' ? 'trang tính' : 'sheet'} "${result.sheet}"`);
  for (const m of result.mapping) {
    const component = m.role === 'component' ? (findIndex(catalogue, index.id) ?? index).components.find((c) => c.id === m.component) : undefined;
    const target = component ? `${component[lang]} (${component.id})` : m.leftOut ? (lang === 'vi' ? 'bỏ qua (--ignore-column)' : 'left out (--ignore-column)') : m.role;
    console.error(`  ${lang === 'vi' ? 'cột' : 'column'} ${m.column + 1} "${m.header}" → ${target}${m.year ? ` (${m.year})` : ''}`);
  }
  if (result.structure) {
    const s = result.structure;
    const vi = lang === 'vi';
    console.error(`  ${vi ? 'cấu trúc mới' : 'new structure'} ${index.id} ${s.year}: ${s.components.map((c) => `${c.vi} (${c.id}, ${c.min}–${c.max}${c.continues?.length ? `; ${vi ? 'tiếp nối' : 'continues'} ${c.continues.join(', ')}` : ''})`).join('; ')}`);
    console.error(`  ${vi ? 'thay đổi phương pháp' : 'method break'} ${s.year}: ${structureBreak(s)[lang]}`);
  }
  // Names taken through another spelling: said once per name, what was read as what (never a problem, exit code unchanged).
  for (const read of result.spellings) console.error(`  ${SPELLINGS_READ_TITLE[lang]}: ${spellingReadText(catalogue, read)[lang]} — ${file}: ${read.place[lang]}`);
  const problems = result.problems;
  for (const p of problems) console.error(formatProblem(p, lang));
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of errors.filter((x) => x.code === 'unmatched-figure-column')) {
    const header = result.mapping.find((m) => m.column + 1 === p.column)?.header ?? '';
    console.error(lang === 'vi' ? `  để bỏ qua cột này: --ignore-column "${header}"` : `  to leave this column out: --ignore-column "${header}"`);
  }
  if (!newStructure && errors.some((x) => x.code === 'unmatched-figure-column')) {
    console.error(
      lang === 'vi'
        ? `  nếu ${index.id} ${year} có cấu trúc mới (thành phần khác các năm trước, như PCI 2.0 từ 2025): --new-structure — khai báo cấu trúc từ tiêu đề bảng, ghi nhận thay đổi phương pháp, không so sánh qua mốc này`
        : `  if ${index.id} ${year} has a new structure (components unlike earlier editions', as PCI 2.0 from 2025): --new-structure — declares the structure from the header, records a method break, no change across it`,
    );
  }
  if (errors.some((p) => p.code === 'unit-guess')) {
    console.error(lang === 'vi' ? '  để nhận các tên đoán gần đúng ở trên: --accept-guesses' : '  to take the guessed provinces above: --accept-guesses');
  }
  if (errors.length > 0 && result.rows.length === 0) {
    console.error(`${file}: ${errors.length} error(s); nothing written`);
    return 1;
  }
  // Keep what can be read: the rows read are written, each row left out is named with its place, and the exit code says some were.
  const leftOut = [...new Map(errors.filter((p) => p.line > 0 && p.column > 0).map((p) => [p.line, p] as const)).values()];
  const leftOutCode = errors.length > 0 ? 1 : 0;
  if (errors.length > 0) {
    const vi = lang === 'vi';
    console.error(vi ? `${file}: ${leftOut.length} dòng bị để lại (chưa nhập), sửa rồi nhập lại:` : `${file}: ${leftOut.length} row(s) left out (not imported); fix and import them again:`);
    for (const p of leftOut) console.error(`  ${p.place ? `${p.file}: ${p.place[lang]}` : `${p.file}:${p.line}`}`);
  }
  if (args.compare) {
    const loaded = loadedWith(withFiles, lang);
    if (!loaded) return 2;
    const comparison = compareWithLoaded(result, loaded, file, catalogue, lang);
    if (args.json) process.stdout.write(`${JSON.stringify(comparison, null, 1)}\n`);
    else process.stdout.write(comparisonText(comparison, lang));
    if (!args.out) return leftOutCode;
  }
  const out = args.out;
  const editions = [...new Set(result.rows.map((s) => s.year))].sort().map((y) => `${index.id} ${y}`).join(', ');
  if (out) {
    if (!writeOut(out, toLongCsv(result.rows, catalogue))) return 1;
    console.error(`${out}: ${result.rows.length} figure(s), ${editions || `${index.id} ${year}`}`);
    if (result.structure) {
      const sidecar = structureFileFor(out);
      if (!writeOut(sidecar, `${JSON.stringify(result.structure, null, 1)}\n`)) return 1;
      console.error(`${sidecar}: ${lang === 'vi' ? 'cấu trúc' : 'structure'} ${index.id} ${result.structure.year} (npm run analyze … --with ${out} ${lang === 'vi' ? 'đọc nó' : 'reads it'})`);
    }
  } else {
    process.stdout.write(toLongCsv(result.rows, defaultCatalogue, { bom: false }));
  }
  return leftOutCode;
}

/** Where a long CSV's declared structure is written and read: OUT.csv → OUT.structure.json. */
export function structureFileFor(csv: string): string {
  return `${csv.replace(/\.csv$/i, '')}.structure.json`;
}

interface Converted {
  /** Set with --new-structure: the structure declared from the header, and the catalogue with it applied. */
  structure?: EditionStructure;
  catalogue?: Catalogue;
  rows: Score[];
  mapping: ColumnMatch[];
  problems: Problem[];
  /** Province names taken through another spelling ("Đắc Lắc" → Đắk Lắk), once per name (unitNames.ts). */
  spellings: SpellingReadPlaced[];
  sheet?: string;
  /** Where each figure sits in the file, in the file's own terms (line and column, sheet and cell, page and line). */
  placeOf(score: Score): Localised;
}

/** The shipped figures with the --with files laid over them in order (the app's import overlay); null when a file has errors. */
function loadedWith(files: readonly string[], lang: 'vi' | 'en'): Score[] | null {
  let scores = loadShippedTable().scores as Score[];
  let failed = false;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      console.error(formatProblem(unreadableFile(file, err), lang));
      failed = true;
      continue;
    }
    const kind = fileKindOf(file, bytes.subarray(0, 8));
    if (kind !== 'text') {
      // --with lays figures already imported (long CSV) over the shipped data, as the app lays saved imports.
      console.error(
        lang === 'vi'
          ? `${file}: lỗi: --with nhận tệp CSV dạng dài do npm run import … --out TỆP.csv ghi ra; đây là ${kind === 'pdf' ? 'tệp PDF' : 'bảng tính'}: nhập nó trước (npm run import -- --index … --year … ${file} --out TỆP.csv) rồi dùng --with TỆP.csv`
          : `${file}: error: --with takes the long CSV that npm run import … --out FILE.csv writes; this is a ${kind === 'pdf' ? 'PDF' : 'workbook'}: import it first (npm run import -- --index … --year … ${file} --out FILE.csv), then --with FILE.csv`,
      );
      failed = true;
      continue;
    }
    const text = bytes.toString('utf8');
    const read = parseScoresCsv(text, file, defaultCatalogue, { source: file });
    for (const p of read.issues) if (p.severity === 'error') console.error(formatProblem(p, lang));
    if (read.issues.some((p) => p.severity === 'error')) failed = true;
    else scores = overlayScores(scores, read.rows);
  }
  return failed ? null : scores;
}

interface Comparison {
  new: number;
  same: number;
  /** Of the same figures, those the file brings with more digits (kept by default in the app). */
  sameWithMoreDigits: number;
  different: { province: string; component: string; loaded: number | null; incoming: number | null; loadedRank?: number | null; incomingRank?: number | null; loadedSource: string; incomingSource: string }[];
  /** Province names read through another spelling, once per name: what was read as what (the text output's note). */
  spellings: { written: string; unit: string; province: string; spelling: 'older' | 'variant'; place: string; note: string }[];
}

/** The file's figures against the loaded ones, at the precision each was printed with (precision.ts). */
function compareWithLoaded(result: Converted, loaded: readonly Score[], file: string, catalogue: Catalogue, lang: 'vi' | 'en'): Comparison {
  const diff = diffImport(result.rows, loaded);
  return {
    new: diff.added.length,
    same: diff.unchanged.length + diff.refined.length,
    sameWithMoreDigits: diff.refined.length,
    different: diff.replaced.map((r) => ({
      province: unitName(defaultCatalogue, r.new.unit, 'vi'),
      component: r.new.component,
      loaded: r.old.value,
      incoming: r.new.value,
      ...(r.old.officialRank !== r.new.officialRank && r.new.officialRank !== null ? { loadedRank: r.old.officialRank, incomingRank: r.new.officialRank } : {}),
      loadedSource: r.old.source,
      incomingSource: `${file}: ${result.placeOf(r.new).en}`,
    })),
    spellings: result.spellings.map((read) => ({
      written: read.written,
      unit: read.unit,
      province: unitName(catalogue, read.unit, 'vi'),
      spelling: read.older ? ('older' as const) : ('variant' as const),
      place: `${file}: ${read.place.en}`,
      note: spellingReadText(catalogue, read)[lang],
    })),
  };
}

function comparisonText(c: Comparison, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const same = c.same === 0 ? '' : c.sameWithMoreDigits === c.same ? (vi ? ' — bảng mới có nhiều chữ số hơn, giữ bảng mới' : ' — the new table has more digits, keeping the new table') : c.sameWithMoreDigits > 0 ? (vi ? ` — ${c.sameWithMoreDigits} số có nhiều chữ số hơn trong bảng mới, giữ bảng mới` : ` — ${c.sameWithMoreDigits} with more digits in the new table, keeping the new table`) : '';
  const lines = [vi ? `${c.new} mới; ${c.same} giống nhau${same}; ${c.different.length} khác` : `${c.new} new; ${c.same} the same${same}; ${c.different.length} different`];
  for (const d of c.different) lines.push(`  ${d.province} · ${d.component}: ${vi ? 'đã nạp' : 'loaded'} ${d.loaded ?? '—'} (${d.loadedSource}) → ${vi ? 'bảng mới' : 'new table'} ${d.incoming ?? '—'} (${d.incomingSource})`);
  return `${lines.join('\n')}\n`;
}

/** `--ignore-column NAME`: the column's header as printed (any case, with or without diacritics) or its number (1-based). */
function namesColumn(m: ColumnMatch, name: string): boolean {
  return foldText(m.header) === foldText(name) || String(m.column + 1) === name.trim();
}

/** The suggested mapping with the columns the user named left out (they no longer hold the import). */
function leaveOut(mapping: readonly ColumnMatch[], names: readonly string[]): ColumnMatch[] {
  return mapping.map((m) => (names.some((n) => namesColumn(m, n)) ? { column: m.column, header: m.header, role: 'ignore' as const, leftOut: true } : m));
}

function fromText(text: string, file: string, index: string, year: number, ignore: readonly string[] = [], newStructure = false, acceptGuesses = false): Converted {
  const indexDef = findIndex(defaultCatalogue, index);
  const checked = checkText(text, file);
  const grid = checked.issues.length ? null : readCsvGrid(checked.text, file);
  const suggested = indexDef && grid?.rows.length ? matchWideColumns(grid.rows[0], indexDef, year, defaultCatalogue, grid.rows.slice(1)) : undefined;
  const kept = suggested && ignore.length ? leaveOut(suggested, ignore) : suggested;
  const declared = newStructure && kept && indexDef && grid ? declareStructure(kept, indexDef, year, grid.rows.slice(1), basename(file), defaultCatalogue) : null;
  const catalogue = declared?.catalogue ?? defaultCatalogue;
  const mapping = declared?.mapping ?? (ignore.length ? kept : undefined);
  const result = parseWideCsv(text, file, catalogue, { index, year, source: file, mapping, unitNames: { acceptGuesses } });
  const spellings = (result.spellings ?? []).map((read) => ({ ...read, place: placeOfLocation(read.first) }));
  return { ...(declared ? { structure: declared.structure, catalogue } : {}), rows: result.rows, mapping: result.mapping, problems: [...result.issues, ...importWarnings(result.rows, catalogue, file, result.locations)], spellings, placeOf: (s) => placeOfScore(s, file, result.locations) };
}

/** A workbook or PDF: the same inspection and analysis the app's import worker runs. */
async function fromTables(kind: 'spreadsheet' | 'pdf', bytes: Uint8Array, file: string, index: string, year: number, sheet: string | undefined, ignore: readonly string[] = [], newStructure = false, acceptGuesses = false): Promise<Converted> {
  const read = await readTables(kind, bytes, file);
  const nowhere = () => ({ vi: file, en: file });
  if (read.issues.length) return { rows: [], mapping: [], problems: read.issues, spellings: [], placeOf: nowhere };
  const inspected = inspectTables(read.tables, file, defaultCatalogue, sheet);
  const { inspection } = inspected;
  if (inspection.issues.length) return { rows: [], mapping: [], problems: inspection.issues, spellings: [], placeOf: nowhere };
  const candidates = (inspection.sheets ?? []).filter((s) => s.provinces >= MIN_PROVINCE_ROWS);
  if (sheet === undefined && candidates.length > 1) {
    return { placeOf: nowhere, rows: [], mapping: [], spellings: [], problems: [problem('several-sheets', { file, line: 0, column: 0 }, { sheets: candidates.map((s) => `"${s.name}"`).join(', ') })] };
  }
  const indexDef = findIndex(defaultCatalogue, index);
  const suggested = indexDef && inspected.grid ? matchWideColumns(inspected.grid.rows[0], indexDef, year, defaultCatalogue, inspected.grid.rows.slice(1)) : undefined;
  const kept = suggested && ignore.length ? leaveOut(suggested, ignore) : suggested;
  const declared = newStructure && kept && indexDef && inspected.grid ? declareStructure(kept, indexDef, year, inspected.grid.rows.slice(1), basename(file), defaultCatalogue) : null;
  const catalogue = declared?.catalogue ?? defaultCatalogue;
  const mapping = declared?.mapping ?? (ignore.length ? kept : undefined);
  const { analysis, scores, locations, located } = analyseInspected(inspected, catalogue, { index, year, mapping, acceptGuesses }, []);
  return { ...(declared ? { structure: declared.structure, catalogue } : {}), rows: scores.map((s) => ({ ...s, source: file })), mapping: analysis.mapping ?? [], problems: analysis.issues, spellings: analysis.spellings ?? [], sheet: inspection.sheet, placeOf: (s) => placeOfScore({ ...s, source: `import: ${file}` }, file, locations, located) };
}

if (import.meta.url === `file://${process.argv[1]}`) void runCli(IMPORT_CLI, main);
