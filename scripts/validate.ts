/**
 * npm run validate -- FILE...
 * Checks score files with the same core the app uses and prints one `FILE:LINE:COL: severity: message`
 * per problem. Exits 1 when any file has an error, 0 otherwise (warnings alone do not fail). Never a stack trace.
 * Options: --lang vi|en (message language, default en), --quiet (errors only), --accept-guesses (a province name
 * one letter or tone mark off a known spelling, "Quảng Nình", is taken as its guess with a warning at its line; without
 * it the row is an error at its line naming the guess).
 * A wide table (one row per province, one column per component) is recognised by its header and read
 * with src/domain/import/wide.ts; its index and year come from --index/--year or, failing that, the file name
 * ("pci-2021-….csv"). Wide tables also get the import consistency warnings (composite, rank order, coverage).
 * A province-run index (DDCI …): --province P (with --index, --year for a printed table; --definition DEF.json for a
 * long file whose definition is not beside it) — see scripts/lib/province-cli.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { defaultCatalogue, findIndex } from '@/domain/catalogue/catalogue';
import { isProvinceIndexName } from '@/domain/province/provinceIndex';
import { readCli, runCli, usageError } from './lib/cli.mjs';
import { checkText, parseScoresCsv, readCsvGrid } from '@/domain/import/parse';
import { formatProblem, problem, unreadableFile } from '@/domain/import/problems';
import type { Problem } from '@/domain/catalogue/types';
import { importWarnings } from '@/domain/import/importChecks';
import { guessIndexAndYear, parseWideCsv, tableShape } from '@/domain/import/wide';
import { onlyUnit, readProvinceFile } from './lib/province-cli';

export interface Edition {
  index?: string;
  year?: number;
  /** A province-run index: the province whose index it is (name or code). */
  province?: string;
  definition?: string;
  /** A unit inside the province: count (and require) its figures. */
  unit?: string;
  /** Take each name one letter or tone mark off a known spelling as its guess (a warning at its line naming it). */
  acceptGuesses?: boolean;
}

/** Parse one file's text as long or wide, whichever its header says. */
export function validateText(text: string, file: string, edition: Edition = {}): { rows: number; issues: Problem[] } {
  const checked = checkText(text, file);
  const header = checked.issues.length ? [] : (readCsvGrid(checked.text.slice(0, 4096), file).rows[0] ?? []);
  if (checked.issues.length || tableShape(header) === 'long') {
    const result = parseScoresCsv(text, file, defaultCatalogue, { unitNames: { acceptGuesses: edition.acceptGuesses } });
    return { rows: result.rows.length, issues: result.issues };
  }
  const guess = guessIndexAndYear(file.split('/').pop() ?? file, defaultCatalogue);
  const index = edition.index ?? guess.index;
  const year = edition.year ?? guess.year;
  if (!index || !year) return { rows: 0, issues: [problem('wide-needs-edition', { file, line: 1, column: 0 })] };
  const result = parseWideCsv(text, file, defaultCatalogue, { index, year, unitNames: { acceptGuesses: edition.acceptGuesses } });
  return { rows: result.rows.length, issues: [...result.issues, ...importWarnings(result.rows, defaultCatalogue, file, result.locations)] };
}

export function validateFiles(files: string[], lang: 'vi' | 'en' = 'en', quiet = false, edition: Edition = {}): { output: string[]; errors: number; rows: number } {
  const output: string[] = [];
  let errors = 0;
  let rows = 0;
  for (const file of files) {
    let issues: Problem[];
    try {
      if (statSync(file).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      const text = readFileSync(file).toString('utf8');
      const result = edition.province
        ? (() => {
            const guess = guessIndexAndYear(file.split('/').pop() ?? file, defaultCatalogue);
            const year = edition.year ?? guess.year ?? 0;
            const read = readProvinceFile(file, { label: edition.index ?? 'DDCI', province: edition.province!, year, definitionFile: edition.definition });
            if (!edition.unit) return { rows: read.rows.length, issues: read.issues };
            // --unit: the file is checked whole; the count is that unit's figures, and a unit not in it is an error.
            const one = onlyUnit(read, edition.unit, edition.province!, year);
            const missing = 'error' in one ? [problem('unknown-local-unit', { file, line: 0, column: 0 }, { value: edition.unit, year })] : [];
            return { rows: 'rows' in one ? one.rows.length : 0, issues: [...read.issues, ...missing] };
          })()
        : validateText(text, file, edition);
      issues = result.issues;
      rows += result.rows;
    } catch (err) {
      // The system's refusals in words (problems.ts); anything else is a fault of ours, reported as it is.
      issues = [err !== null && typeof err === 'object' && 'code' in err ? unreadableFile(file, err) : problem('unreadable-file', { file, line: 0, column: 0 }, { detail: (err as Error).message })];
    }
    for (const p of issues) {
      if (p.severity === 'error') errors++;
      if (!quiet || p.severity === 'error') output.push(formatProblem(p, lang));
    }
  }
  return { output, errors, rows };
}

export const VALIDATE_CLI = {
  name: 'validate',
  usage: 'npm run validate -- FILE… [--lang vi|en] [--quiet] [--accept-guesses] [--index PCI --year 2021 (wide tables)] [--index DDCI --province "Hà Tĩnh" --year 2021 [--definition DEF.json] [--unit U] (province-run index)]',
  summary: 'Checks score files with the same core the app uses: one FILE:LINE:COL: severity: message per problem; exit 1 when any file has an error.',
  helpCommand: 'npm run validate -- --help',
  options: {
    lang: { type: 'string', choices: ['vi', 'en'], help: 'language of the messages (default en)' },
    quiet: { type: 'boolean', help: 'print errors only' },
    index: { type: 'string', value: 'INDEX', help: "a wide table's index (else from the file name)", example: 'PCI' },
    year: { type: 'string', value: 'YEAR', help: "a wide table's edition (else from the file name)", example: '2021' },
    province: { type: 'string', value: 'NAME', help: 'a province-run index: the province whose index it is', example: '"Hà Tĩnh"' },
    definition: { type: 'string', value: 'DEF.json', help: "a province-run index's definition (for a long file without one beside it)" },
    unit: { type: 'string', value: 'NAME', help: "count (and require) one unit's figures (province-run index)", example: '"Sở Tư pháp"' },
    'accept-guesses': { type: 'boolean', help: 'take each province name one letter or tone mark off a known spelling ("Quảng Nình") as the province guessed (a warning at its line); without it such a row is an error at its line naming the guess' },
  },
  positionals: { name: 'FILE', min: 1, max: Infinity },
} as const;

function main(): number {
  const { values: args, positionals: files } = readCli(process.argv.slice(2), VALIDATE_CLI);
  if (args.year !== undefined && !/^\d{4}$/.test(args.year)) throw usageError(`--year "${args.year}" is not a year (e.g. --year 2021)`);
  if (args.index !== undefined && args.province === undefined && !findIndex(defaultCatalogue, args.index) && !isProvinceIndexName(args.index)) throw usageError(`unknown index ${args.index} (${defaultCatalogue.indices.map((i) => i.id).join(', ')})`);
  if ((args.definition !== undefined || args.unit !== undefined) && args.province === undefined) throw usageError('--definition and --unit are for a province-run index: give --province too');
  const edition: Edition = { index: args.index, year: args.year ? Number(args.year) : undefined, province: args.province, definition: args.definition, unit: args.unit, acceptGuesses: args['accept-guesses'] === true };
  const { output, errors, rows } = validateFiles(files, args.lang === 'vi' ? 'vi' : 'en', Boolean(args.quiet), edition);
  for (const line of output) console.log(line);
  console.error(`${files.length} file(s), ${rows} valid row(s), ${errors} error(s)`);
  return errors > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) void runCli(VALIDATE_CLI, main);
