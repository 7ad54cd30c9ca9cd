/**
 * npm run import -- --index PCI --year 2021 FILE [--sheet NAME] [--out OUT] [--lang vi|en]
 * npm run import -- --index DDCI --province "Hà Tĩnh" --year 2021 FILE [--out OUT] [--scale 10] [--composite-scale 100]
 *   [--kinds department,locality] [--lower-is-better] [--definition DEF.json] [--unit U (only that unit's figures)]
 * With --province (or a province-run index such as DDCI) the table is a province's own index of its departments and
 * localities: its definition is taken from the header (printed scales; the flags confirm or change them), printed on
 * stderr, and written beside --out as OUT.definition.json (definition, added units and figures: the export).
 * Turns a wide table as published (one row per province, one column per component) into the long CSV
 * that `npm run validate` accepts, with the same core the app uses (src/domain/import/wide.ts). FILE may be a
 * CSV, a workbook (.xlsx, .xls, .ods: the sheet holding a province table, or --sheet) or a text PDF
 * (src/data/readers); problems in those are located as `PCI 2016!M12` or "page 2, line 5".
 * Prints one `FILE:LINE:COL: severity: message` per problem on stderr (header matches too, so they can be
 * checked); exits 1 and writes nothing when there is an error. Without --out the CSV goes to stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { isProvinceIndexName, toBundle, withProvinceIndices } from '@/domain/province/provinceIndex';
import { onlyUnit, parseKinds, readProvinceFile } from './lib/province-cli';
import { defaultCatalogue, findIndex } from '@/domain/catalogue/catalogue';
import { importWarnings } from '@/domain/import/importChecks';
import { formatProblem } from '@/domain/import/problems';
import { parseWideCsv, toLongCsv, type ColumnMatch } from '@/domain/import/wide';
import { problem } from '@/domain/import/problems';
import { MIN_PROVINCE_ROWS } from '@/domain/import/sourceTable';
import type { Problem, Score } from '@/domain/catalogue/types';
import { analyseInspected, inspectTables } from '@/data/importParsing';
import { fileKindOf, readTables } from '@/data/readers';

const USAGE = 'usage: npm run import -- --index PCI --year 2021 FILE [--sheet NAME] [--out OUT] [--lang vi|en]\n       npm run import -- --index DDCI --province "Hà Tĩnh" --year 2021 FILE [--out OUT] [--scale 10] [--composite-scale 100] [--kinds department,locality] [--lower-is-better] [--definition DEF.json] [--unit U]';
const VALUE_FLAGS = new Set(['--index', '--year', '--out', '--lang', '--province', '--scale', '--composite-scale', '--kinds', '--definition', '--sheet', '--unit']);

/** A province's own index (DDCI …): read the printed table, report, write long CSV + the definition bundle. */
function importProvinceRun(args: string[], file: string, lang: 'vi' | 'en'): number {
  const valueOf = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const label = valueOf('--index')!;
  const province = valueOf('--province');
  if (!province) {
    console.error(`${label} is a province-run index: give --province (e.g. --province "Hà Tĩnh")`);
    return 2;
  }
  const year = Number(valueOf('--year'));
  const numberOf = (name: string) => (valueOf(name) !== undefined ? Number(valueOf(name)) : undefined);
  const read = readProvinceFile(file, {
    label,
    province,
    year,
    componentScale: numberOf('--scale'),
    compositeScale: numberOf('--composite-scale'),
    kinds: parseKinds(valueOf('--kinds')),
    lowerIsBetter: args.includes('--lower-is-better'),
    definitionFile: valueOf('--definition'),
  });
  const def = read.definition;
  if (def) {
    const vi = lang === 'vi';
    console.error(`  ${def.label} (${def.id}) — ${vi ? 'đơn vị chấm' : 'scores'}: ${def.unitKinds.join(', ')}; ${def.higherIsBetter ? (vi ? 'cao hơn là tốt hơn' : 'higher is better') : vi ? 'thấp hơn là tốt hơn' : 'lower is better'}`);
    for (const c of read.table?.columns ?? []) {
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
  const unitText = valueOf('--unit');
  if (unitText) {
    const one = onlyUnit(read, unitText, province, year);
    if ('error' in one) {
      console.error(one.error);
      return 2;
    }
    read.rows = one.rows;
  }
  const catalogue = withProvinceIndices(defaultCatalogue, [def], read.addedUnits);
  const out = valueOf('--out');
  if (out) {
    writeFileSync(out, toLongCsv(read.rows, catalogue));
    const sidecar = out.replace(/\.csv$/i, '') + '.definition.json';
    writeFileSync(sidecar, JSON.stringify(toBundle(def, read.addedUnits, read.rows), null, 1));
    console.error(`${out}: ${read.rows.length} figure(s), ${def.label} ${year}; ${sidecar}`);
  } else {
    process.stdout.write(toLongCsv(read.rows, catalogue, { bom: false }));
  }
  return 0;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const valueOf = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const files = args.filter((a, i) => !a.startsWith('--') && !VALUE_FLAGS.has(args[i - 1]));
  const lang = valueOf('--lang') === 'vi' ? 'vi' : 'en';
  if ((valueOf('--province') || isProvinceIndexName(valueOf('--index') ?? '')) && files.length === 1 && /^\d{4}$/.test(valueOf('--year') ?? '')) {
    return importProvinceRun(args, files[0], lang);
  }
  const index = findIndex(defaultCatalogue, valueOf('--index') ?? '');
  const year = Number(valueOf('--year'));
  if (files.length !== 1 || !index || !/^\d{4}$/.test(valueOf('--year') ?? '')) {
    console.error(USAGE);
    if (valueOf('--index') && !index) console.error(`unknown index ${valueOf('--index')} (${defaultCatalogue.indices.map((i) => i.id).join(', ')})`);
    return 2;
  }
  const file = files[0];
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    console.error(`${file}:0:0: error: ${lang === 'vi' ? 'Không đọc được tệp' : 'Cannot read file'}: ${(err as Error).message}`);
    return 1;
  }
  const kind = fileKindOf(file, bytes.subarray(0, 8));
  const result = kind === 'text' ? fromText(bytes.toString('utf8'), file, index.id, year) : await fromTables(kind, new Uint8Array(bytes), file, index.id, year, valueOf('--sheet'));
  if (result.sheet) console.error(`  ${lang === 'vi' ? 'trang tính' : 'sheet'} "${result.sheet}"`);
  for (const m of result.mapping) {
    const target = m.role === 'component' ? m.component : m.role;
    console.error(`  ${lang === 'vi' ? 'cột' : 'column'} ${m.column + 1} "${m.header}" → ${target}${m.year ? ` (${m.year})` : ''}`);
  }
  const problems = result.problems;
  for (const p of problems) console.error(formatProblem(p, lang));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    console.error(`${file}: ${errors} error(s); nothing written`);
    return 1;
  }
  const out = valueOf('--out');
  const editions = [...new Set(result.rows.map((s) => s.year))].sort().map((y) => `${index.id} ${y}`).join(', ');
  if (out) {
    writeFileSync(out, toLongCsv(result.rows, defaultCatalogue));
    console.error(`${out}: ${result.rows.length} figure(s), ${editions || `${index.id} ${year}`}`);
  } else {
    process.stdout.write(toLongCsv(result.rows, defaultCatalogue, { bom: false }));
  }
  return 0;
}

interface Converted {
  rows: Score[];
  mapping: ColumnMatch[];
  problems: Problem[];
  sheet?: string;
}

function fromText(text: string, file: string, index: string, year: number): Converted {
  const result = parseWideCsv(text, file, defaultCatalogue, { index, year, source: file });
  return { rows: result.rows, mapping: result.mapping, problems: [...result.issues, ...importWarnings(result.rows, defaultCatalogue, file, result.locations)] };
}

/** A workbook or PDF: the same inspection and analysis the app's import worker runs. */
async function fromTables(kind: 'spreadsheet' | 'pdf', bytes: Uint8Array, file: string, index: string, year: number, sheet: string | undefined): Promise<Converted> {
  const read = await readTables(kind, bytes, file);
  if (read.issues.length) return { rows: [], mapping: [], problems: read.issues };
  const inspected = inspectTables(read.tables, file, defaultCatalogue, sheet);
  const { inspection } = inspected;
  if (inspection.issues.length) return { rows: [], mapping: [], problems: inspection.issues };
  const candidates = (inspection.sheets ?? []).filter((s) => s.provinces >= MIN_PROVINCE_ROWS);
  if (sheet === undefined && candidates.length > 1) {
    return { rows: [], mapping: [], problems: [problem('several-sheets', { file, line: 0, column: 0 }, { sheets: candidates.map((s) => `"${s.name}"`).join(', ') })] };
  }
  const { analysis, scores } = analyseInspected(inspected, defaultCatalogue, { index, year }, []);
  return { rows: scores.map((s) => ({ ...s, source: file })), mapping: analysis.mapping ?? [], problems: analysis.issues, sheet: inspection.sheet };
}

if (import.meta.url === `file://${process.argv[1]}`) main().then((code) => process.exit(code));
