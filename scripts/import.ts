/**
 * npm run import -- --index PCI --year 2021 FILE [--sheet NAME] [--out OUT] [--lang vi|en]
 * Turns a wide table as published (one row per province, one column per component) into the long CSV
 * that `npm run validate` accepts, with the same core the app uses (src/domain/wide.ts). FILE may be a
 * CSV, a workbook (.xlsx, .xls, .ods: the sheet holding a province table, or --sheet) or a text PDF
 * (src/data/readers); problems in those are located as `PCI 2016!M12` or "page 2, line 5".
 * Prints one `FILE:LINE:COL: severity: message` per problem on stderr (header matches too, so they can be
 * checked); exits 1 and writes nothing when there is an error. Without --out the CSV goes to stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { defaultCatalogue, findIndex } from '@/domain/catalogue';
import { importWarnings } from '@/domain/importChecks';
import { formatProblem } from '@/domain/problems';
import { parseWideCsv, toLongCsv, type ColumnMatch } from '@/domain/wide';
import { problem } from '@/domain/problems';
import { MIN_PROVINCE_ROWS } from '@/domain/sourceTable';
import type { Problem, Score } from '@/domain/types';
import { analyseInspected, inspectTables } from '@/data/importParsing';
import { fileKindOf, readTables } from '@/data/readers';

const USAGE = 'usage: npm run import -- --index PCI --year 2021 FILE [--sheet NAME] [--out OUT] [--lang vi|en]';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const valueOf = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const flags = new Set(['--index', '--year', '--out', '--lang', '--sheet']);
  const files = args.filter((a, i) => !a.startsWith('--') && !flags.has(args[i - 1]));
  const lang = valueOf('--lang') === 'vi' ? 'vi' : 'en';
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
