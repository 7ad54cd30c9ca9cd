/**
 * npm run synth -- --rows 1000000 --seed 42 --out /tmp/synthetic.csv [--no-errors]
 * Writes a seeded synthetic long-format file (labelled synthetic) for scale tests. Keep it out of git.
 */
import { createWriteStream } from 'node:fs';
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

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const rows = Number(opt('--rows', '1000000'));
  const seed = Number(opt('--seed', '42'));
  const out = opt('--out', '');
  if (!out || !Number.isInteger(rows) || rows < 1) {
    console.error('usage: npm run synth -- --out FILE [--rows N] [--seed S]');
    process.exit(2);
  }
  await writeSynthetic(out, rows, seed, args.includes('--no-errors') ? ['NA', '..'] : undefined);
  console.error(`${out}: ${rows} synthetic rows (seed ${seed})`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
