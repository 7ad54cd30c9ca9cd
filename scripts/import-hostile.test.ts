/**
 * `npm run import` on the hostile workbooks of issue 22 (tests/fixtures/hostileWorkbooks.ts, a few KB each):
 * each ends with its figures or one located message — never a stack trace, never a hang — and the good PCI
 * 2016 workbook then imports. The same files through the worker's reader function, each within the readers'
 * budget (2 s), are in src/data/readers/hostileWorkbooks.test.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileWorkbooks } from '../tests/fixtures/hostileWorkbooks';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const run = (args: string[]) =>
  new Promise<Run>((resolve) => {
    const child = spawn('node_modules/.bin/tsx', ['scripts/import.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

const dir = mkdtempSync(join(tmpdir(), 'chiso-hostile-'));
const books = hostileWorkbooks();
const results = new Map<string, Run>();
let good: Run;

beforeAll(async () => {
  const names = Object.keys(books);
  for (const name of names) writeFileSync(join(dir, name), books[name]);
  const { pciWorkbook } = await import('../tests/fixtures/tables');
  writeFileSync(join(dir, 'PCI-2016.xlsx'), await pciWorkbook());
  // Three at a time: the machine has two cores.
  for (let i = 0; i < names.length; i += 3) {
    const batch = names.slice(i, i + 3);
    const done = await Promise.all(batch.map((name) => run(['--index', 'PCI', '--year', '2016', join(dir, name), '--out', join(dir, `${name}.csv`)])));
    batch.forEach((name, k) => results.set(name, done[k]));
  }
  good = await run(['--index', 'PCI', '--year', '2016', join(dir, 'PCI-2016.xlsx'), '--out', join(dir, 'good.csv')]);
}, 240_000);

const noStack = (r: Run) => expect(r.stderr).not.toMatch(/\n\s+at |TypeError|RangeError|node:internal/);

describe('npm run import: hostile workbooks end with their figures or one located message', () => {
  it.each(['far-cell.xlsx', 'whole-dimension.xlsx', 'whole-merge.xlsx'])('%s: the five PCI 2016 composites written (Đà Nẵng 70), exit 0', (name) => {
    const r = results.get(name)!;
    noStack(r);
    expect(r.status).toBe(0);
    const csv = readFileSync(join(dir, `${name}.csv`), 'utf8');
    expect(csv).toContain('PCI,2016,Đà Nẵng,total,70,');
    expect(csv).toContain('PCI,2016,Vĩnh Long,total,63.08,');
  });

  it.each([
    ['ods-repeat-bomb.ods', 'whole file: error: The workbook is beyond what can be read: cells holding data'],
    ['whitespace-400mb.xlsx', 'whole file: error: The workbook is beyond what can be read: size once decompressed'],
    ['shared-string-300mb.xlsx', 'whole file: error: The workbook is beyond what can be read: size once decompressed'],
    ['whitespace-150mb.xlsx', 'sheet 1: error: The workbook is beyond what can be read: one run of text'],
    ['whitespace-understated.xlsx', 'sheet 1: error: The workbook is beyond what can be read: one run of text'],
  ])('%s: "%s", exit 1, nothing written', (name, words) => {
    const r = results.get(name)!;
    noStack(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, name)}: ${words}`);
  });

  it('formulas saved without values: named with their cells and what to do, exit 1', () => {
    const r = results.get('formulas-without-values.xlsx')!;
    noStack(r);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('(C2, C3, C4)');
  });

  it('then the good PCI 2016 workbook imports: 693 figures, Đà Nẵng 70.001396 rank 1', () => {
    noStack(good);
    expect(good.status).toBe(0);
    const csv = readFileSync(join(dir, 'good.csv'), 'utf8');
    expect(csv.trim().split('\n')).toHaveLength(694);
    expect(csv).toContain('PCI,2016,Đà Nẵng,total,70.001396,1,Rất tốt,');
  });
});
