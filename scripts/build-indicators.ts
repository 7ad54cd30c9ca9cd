/**
 * npm run indicators -- PCI_2005.xls … PCI_2016.xlsx [--check]
 * Builds the PCI base-indicator catalogue and figures from VCCI's workbooks (one edition per file, year in the file
 * name): data/catalogue/pci-indicators.json (`indicators`, keeping its `reviews`, `source` and `_doc`) and
 * data/indicators/pci-base-indicators.csv (index,year,province,indicator,value — province = GSO code, value in the
 * indicator's own unit, blank = missing). Problems are printed FILE: Sheet!Cell: message; any error → exit 2 and
 * nothing written. --check prints what would be written. No logic of its own: scripts/lib/indicator-files.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem } from '@/domain/import/problems';
import { REPO_ROOT } from './lib/shared-path';
import { readIndicatorFiles } from './lib/indicator-files';
import { readCli, runCli } from './lib/cli.mjs';

export const INDICATORS_CLI = {
  name: 'indicators',
  usage: 'npm run indicators -- PCI_2016.xlsx [PCI_2015.xlsx …] [--check]',
  summary: "Builds the PCI base-indicator catalogue and figures from VCCI's workbooks (one edition per file, year in the file name).",
  helpCommand: 'npm run indicators -- --help',
  options: {
    check: { type: 'boolean', help: 'print what would be written, write nothing' },
  },
  positionals: { name: 'a workbook (PCI_2016.xlsx …)', min: 1, max: Infinity },
} as const;

async function main(): Promise<number> {
  const { values: args, positionals: files } = readCli(process.argv.slice(2), INDICATORS_CLI);
  const check = Boolean(args.check);
  const { books, catalogue, set, problems } = await readIndicatorFiles(files);
  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  if (problems.some((p) => p.severity === 'error')) return 2;
  const catalogueFile = resolve(REPO_ROOT, 'data/catalogue/pci-indicators.json');
  const current = JSON.parse(readFileSync(catalogueFile, 'utf8')) as Record<string, unknown>;
  const next = { ...current, status: { vi: `Xây dựng từ ${books.map((b) => b.year).join(', ')}`, en: `Built from ${books.map((b) => b.year).join(', ')}` }, indicators: catalogue };
  const csv = ['index,year,province,indicator,value', ...set.rows.map((r) => `${r.index},${r.year},${r.unit},${r.indicator},${r.value ?? ''}`)].join('\n') + '\n';
  const undecided = catalogue.filter((e) => e.higherIsBetter === null).map((e) => e.id);
  process.stdout.write(`${catalogue.length} indicators, ${set.rows.length} figures, editions ${books.map((b) => b.year).join(', ')}; direction undecided (hand review): ${undecided.join(', ') || 'none'}\n`);
  if (check) return 0;
  writeFileSync(catalogueFile, `${JSON.stringify(next, null, 2)}\n`);
  mkdirSync(resolve(REPO_ROOT, 'data/indicators'), { recursive: true });
  writeFileSync(resolve(REPO_ROOT, 'data/indicators/pci-base-indicators.csv'), csv);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) void runCli(INDICATORS_CLI, main);
