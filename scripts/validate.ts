/**
 * npm run validate -- FILE...
 * Checks score files with the same core the app uses and prints one `FILE:LINE:COL: severity: message`
 * per problem. Exits 1 when any file has an error, 0 otherwise (warnings alone do not fail). Never a stack trace.
 * Options: --lang vi|en (message language, default en), --quiet (errors only).
 */
import { readFileSync, statSync } from 'node:fs';
import { defaultCatalogue } from '@/domain/catalogue';
import { parseScoresCsv } from '@/domain/parse';
import { formatProblem, problem } from '@/domain/problems';
import type { Problem } from '@/domain/types';

export function validateFiles(files: string[], lang: 'vi' | 'en' = 'en', quiet = false): { output: string[]; errors: number; rows: number } {
  const output: string[] = [];
  let errors = 0;
  let rows = 0;
  for (const file of files) {
    let issues: Problem[];
    try {
      if (statSync(file).isDirectory()) throw new Error('is a directory');
      const text = readFileSync(file).toString('utf8');
      const result = parseScoresCsv(text, file, defaultCatalogue);
      issues = result.issues;
      rows += result.rows.length;
    } catch (err) {
      issues = [{ ...problem('empty-file', { file, line: 0, column: 0 }), message: { vi: `Không đọc được tệp: ${(err as Error).message}`, en: `Cannot read file: ${(err as Error).message}` } }];
    }
    for (const p of issues) {
      if (p.severity === 'error') errors++;
      if (!quiet || p.severity === 'error') output.push(formatProblem(p, lang));
    }
  }
  return { output, errors, rows };
}

function main() {
  const args = process.argv.slice(2);
  const lang = args.includes('--lang') && args[args.indexOf('--lang') + 1] === 'vi' ? 'vi' : 'en';
  const quiet = args.includes('--quiet');
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
  if (files.length === 0) {
    console.error('usage: npm run validate -- FILE... [--lang vi|en] [--quiet]');
    process.exit(2);
  }
  const { output, errors, rows } = validateFiles(files, lang, quiet);
  for (const line of output) console.log(line);
  console.error(`${files.length} file(s), ${rows} valid row(s), ${errors} error(s)`);
  process.exit(errors > 0 ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
