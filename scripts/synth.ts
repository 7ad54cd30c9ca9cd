/**
 * npm run synth -- --rows 1000000 --seed 42 --out /tmp/synthetic.csv [--no-errors]
 * Writes a seeded synthetic long-format file (labelled synthetic) for scale tests. Keep it out of git.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { integerFlag, readCli, runCli, usageError } from './lib/cli.mjs';
import { once } from 'node:events';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { synthLines } from '@/domain/import/synth';

export async function writeSynthetic(out: string, rows: number, seed: number, spoiledCells?: readonly string[]): Promise<void> {
  const stream = createWriteStream(out, { encoding: 'utf8' });
  let chunk: string[] = [];
  for (const line of synthLines(defaultCatalogue, { rows, seed, spoiledCells })) {
    chunk.push(line);
    if (chunk.length === 10_000) {
      if (!stream.write(chunk.join('\n') + '\n')) await once(stream, 'drain');
      chunk = [];
    }
  }
  stream.end(chunk.length ? chunk.join('\n') + '\n' : '');
  await once(stream, 'finish');
}

export const SYNTH_CLI = {
  name: 'synth',
  usage: 'npm run synth -- --out FILE [--rows N] [--seed S] [--no-errors]',
  summary: 'Writes a seeded synthetic long-format file (labelled synthetic) for scale tests. Keep it out of git.',
  helpCommand: 'npm run synth -- --help',
  options: {
    out: { type: 'string', value: 'FILE', help: 'where to write (its folder must exist)', example: '/tmp/synthetic.csv' },
    rows: { type: 'string', value: 'N', help: 'number of rows (default 1000000)', example: '1000000' },
    seed: { type: 'string', value: 'S', help: 'seed of the generator (default 42)', example: '42' },
    'no-errors': { type: 'boolean', help: 'only "NA" and ".." as spoiled cells (no unreadable scores)' },
  },
} as const;

async function main(): Promise<number> {
  const { values: args } = readCli(process.argv.slice(2), SYNTH_CLI);
  if (!args.out) throw usageError('--out FILE is needed (e.g. --out /tmp/synthetic.csv)');
  const rows = integerFlag('rows', args.rows ?? '1000000', 1, 50_000_000);
  const seed = integerFlag('seed', args.seed ?? '42');
  const dir = dirname(resolve(args.out));
  if (!existsSync(dir)) throw usageError(`--out ${args.out}: the folder ${dir} does not exist`);
  await writeSynthetic(args.out, rows, seed, args['no-errors'] ? ['NA', '..'] : undefined);
  console.error(`${args.out}: ${rows} synthetic rows (seed ${seed})`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) void runCli(SYNTH_CLI, main);
