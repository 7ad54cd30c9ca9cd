/**
 * npm run import -- --index PCI --year 2021 FILE [--out OUT] [--lang vi|en]
 * Turns a wide table as published (one row per province, one column per component) into the long CSV
 * that `npm run validate` accepts, with the same core the app uses (src/domain/wide.ts).
 * Prints one `FILE:LINE:COL: severity: message` per problem on stderr (header matches too, so they can be
 * checked); exits 1 and writes nothing when there is an error. Without --out the CSV goes to stdout.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { defaultCatalogue, findIndex } from '@/domain/catalogue';
import { importWarnings } from '@/domain/importChecks';
import { formatProblem } from '@/domain/problems';
import { parseWideCsv, toLongCsv } from '@/domain/wide';

const USAGE = 'usage: npm run import -- --index PCI --year 2021 FILE [--out OUT] [--lang vi|en]';

function main(): number {
  const args = process.argv.slice(2);
  const valueOf = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const flags = new Set(['--index', '--year', '--out', '--lang']);
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
  let text: string;
  try {
    text = readFileSync(file).toString('utf8');
  } catch (err) {
    console.error(`${file}:0:0: error: ${lang === 'vi' ? 'Không đọc được tệp' : 'Cannot read file'}: ${(err as Error).message}`);
    return 1;
  }
  const result = parseWideCsv(text, file, defaultCatalogue, { index: index.id, year, source: file });
  for (const m of result.mapping) {
    console.error(`  ${lang === 'vi' ? 'cột' : 'column'} ${m.column + 1} "${m.header}" → ${m.role === 'component' ? m.component : m.role}`);
  }
  const problems = [...result.issues, ...importWarnings(result.rows, defaultCatalogue, file, result.locations)];
  for (const p of problems) console.error(formatProblem(p, lang));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0) {
    console.error(`${file}: ${errors} error(s); nothing written`);
    return 1;
  }
  const out = valueOf('--out');
  if (out) {
    writeFileSync(out, toLongCsv(result.rows, defaultCatalogue));
    console.error(`${out}: ${result.rows.length} figure(s), ${index.id} ${year}`);
  } else {
    process.stdout.write(toLongCsv(result.rows, defaultCatalogue, { bom: false }));
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
