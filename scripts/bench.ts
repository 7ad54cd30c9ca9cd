/**
 * npm run bench [-- --rows 1000000 --seed 42 --runs 3 --no-browser | --browser-only]
 *
 * 1. Parser cost, on the real shipped files and on a seeded synthetic file (written to a temp dir, never
 *    to git): bare papaparse (text → arrays of cells, the same delimiter guessing) against the full
 *    pipeline (parse + validate + index: parseScoresCsv + buildScoreTable). Each measurement runs in its
 *    own Node process so one run's garbage does not slow the next; bare and pipeline alternate; the
 *    median is printed with the ratio (target: pipeline ≤ 1.5 × bare) and each process's peak memory.
 * 2. Page responsiveness in Chromium: the built app imports the synthetic file through the import screen
 *    (worker parsing); a PerformanceObserver('longtask') records every main-thread task over 50 ms.
 *    Printed: the longest task while the file is read, checked and previewed (target: none over 200 ms),
 *    then while a clean copy is confirmed, saved and merged into the views.
 */
import { spawn, spawnSync, execSync, type ChildProcess } from 'node:child_process';
import { freePort, waitForServer } from './lib/local-server';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { defaultCatalogue } from '@/domain/catalogue';
import { buildScoreTable } from '@/domain/dataset';
import { parseScoresCsv } from '@/domain/parse';
import { decodeCompactScores, type CompactScores } from '@/domain/compactScores';
import { compactShippedScores } from './lib/shipped-compact';
import { writeSynthetic } from './synth';
import { chromiumPath } from './lib/chromium.mjs';

export const PIPELINE_TARGET_RATIO = 1.5;
export const LONG_TASK_TARGET_MS = 200;

/** bare: papaparse on CSV; pipeline: parse + validate + index the CSV (the import path);
 * shipped: what the page does with the shipped data — JSON.parse + decode + index of the compact per-index
 * files the build made from the same CSV files (scripts/lib/shipped-compact.ts). */
type Mode = 'bare' | 'pipeline' | 'shipped';

interface Measure {
  ms: number;
  peakRssMb: number;
  rows: number;
}

/** Runs inside a child process: read the files, then time one mode `repeat` times (median). */
function child(mode: Mode, repeat: number, files: string[]): Measure {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    rows = 0;
    if (mode === 'bare') {
      for (const text of texts) rows += Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false }).data.length - 1;
    } else if (mode === 'shipped') {
      for (const text of texts) rows += buildScoreTable(decodeCompactScores(JSON.parse(text) as CompactScores), defaultCatalogue).scores.length;
    } else {
      const scores = texts.flatMap((text, k) => parseScoresCsv(text, files[k], defaultCatalogue).rows);
      rows = buildScoreTable(scores, defaultCatalogue).scores.length;
    }
    times.push(performance.now() - start);
  }
  return { ms: median(times), peakRssMb: process.resourceUsage().maxRSS / 1024, rows };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function measure(mode: Mode, repeat: number, files: string[]): Measure {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=6144', 'scripts/bench.ts', '--child', mode, String(repeat), ...files], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`bench child failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as Measure;
}

function compare(label: string, files: string[], runs: number, repeat: number, shipped?: string[]) {
  const bare: Measure[] = [];
  const pipeline: Measure[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(measure('bare', repeat, files));
    pipeline.push(shipped ? measure('shipped', repeat, shipped) : measure('pipeline', repeat, files));
  }
  const b = median(bare.map((m) => m.ms));
  const p = median(pipeline.map((m) => m.ms));
  const ratio = p / b;
  console.log(`\n${label}`);
  console.log(`  bare papaparse          ${b.toFixed(0).padStart(7)} ms   peak RSS ${Math.max(...bare.map((m) => m.peakRssMb)).toFixed(0)} MB   (${bare[0].rows} rows)`);
  console.log(`  ${shipped ? 'JSON+decode+index     ' : 'parse+validate+index  '}  ${p.toFixed(0).padStart(7)} ms   peak RSS ${Math.max(...pipeline.map((m) => m.peakRssMb)).toFixed(0)} MB   (${pipeline[0].rows} valid figures)`);
  console.log(`  ratio                   ${ratio.toFixed(2)} × bare (target ≤ ${PIPELINE_TARGET_RATIO}) ${ratio <= PIPELINE_TARGET_RATIO ? 'OK' : 'OVER TARGET'}`);
  console.log(`  runs (ms)               bare ${bare.map((m) => m.ms.toFixed(0)).join(', ')} | pipeline ${pipeline.map((m) => m.ms.toFixed(0)).join(', ')}`);
}



async function browserBench(spoiled: string, clean: string, rows: number) {
  const { chromium } = await import('playwright-core');
  const outDir = mkdtempSync(join(tmpdir(), 'chiso-bench-dist-'));
  execSync(`npx vite build --outDir ${outDir} --emptyOutDir --logLevel warn`, { stdio: 'inherit' });
  const port = await freePort();
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--js-flags=--max-old-space-size=4096'] });
  try {
    await waitForServer(url);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
      w.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapMb = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
    };
    const now = () => page.evaluate(() => performance.now());
    const longest = (from: number, to: number) =>
      page.evaluate(([a, b]) => {
        const tasks = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks.filter((t) => t.start >= a && t.start <= b);
        return { count: tasks.length, longest: Math.max(0, ...tasks.map((t) => t.duration)) };
      }, [from, to] as const);

    await page.goto(`${url}?tab=import&index=PCI`);
    await page.getByTestId('import-dropzone').waitFor({ timeout: 60_000 });
    await page.getByTestId('coverage-note').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);

    // A: read, check and preview a million rows (with spoiled cells: the errors are listed, nothing merges).
    let t0 = await now();
    let wall = Date.now();
    await page.getByTestId('import-file-input').setInputFiles(spoiled, { timeout: 120_000 });
    await page.getByTestId('import-problems').waitFor({ timeout: 15 * 60_000 });
    let t1 = await now();
    const a = await longest(t0, t1);
    const summaryA = (await page.locator('#import-problems-title').textContent()) ?? '';
    console.log(`\nChromium, import of ${rows.toLocaleString('en')} rows (read + check + preview, in the worker)`);
    console.log(`  time ${(Date.now() - wall) / 1000} s; ${summaryA.trim()}`);
    console.log(`  long tasks on the page: ${a.count}, longest ${a.longest.toFixed(0)} ms (target ≤ ${LONG_TASK_TARGET_MS}) ${a.longest <= LONG_TASK_TARGET_MS ? 'OK' : 'OVER TARGET'}`);
    console.log(`  page JS heap ${(await heapMb()).toFixed(0)} MB`);

    // B: a clean copy (NA / .. only), confirmed, saved to IndexedDB and merged into every view.
    page.on('console', (m) => m.type() === 'error' && console.error('  [page]', m.text()));
    await page.getByTestId('import-file-input').setInputFiles(clean, { timeout: 120_000 });
    try {
      await page.getByTestId('import-confirm').waitFor({ timeout: 5 * 60_000 });
    } catch (err) {
      const shot = join(tmpdir(), 'chiso-bench-stuck.png');
      await page.screenshot({ path: shot, fullPage: true });
      throw new Error(`clean import did not reach the preview (screenshot ${shot})`, { cause: err });
    }
    t0 = await now();
    const aPrime = await longest(t1, t0);
    wall = Date.now();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-saved-item').first().waitFor({ timeout: 15 * 60_000 });
    await page.getByRole('tab', { name: 'Bảng xếp hạng' }).click();
    await page.locator('[data-testid="rank-table"]').waitFor({ timeout: 5 * 60_000 });
    t1 = await now();
    const b = await longest(t0, t1);
    console.log(`\nChromium, clean copy: preview long tasks ${aPrime.count}, longest ${aPrime.longest.toFixed(0)} ms`);
    console.log(`  confirm → saved → rank table: ${(Date.now() - wall) / 1000} s; long tasks ${b.count}, longest ${b.longest.toFixed(0)} ms ${b.longest <= LONG_TASK_TARGET_MS ? 'OK' : 'OVER TARGET'}`);
    console.log(`  page JS heap ${(await heapMb()).toFixed(0)} MB`);
    await context.close();
  } finally {
    await browser.close();
    if (server.pid) {
      try {
        process.kill(-server.pid);
      } catch {
        /* gone */
      }
    }
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    console.log(JSON.stringify(child(args[1] as Mode, Number(args[2]), args.slice(3))));
    return;
  }
  const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const rows = Number(opt('--rows', '1000000'));
  const seed = Number(opt('--seed', '42'));
  const runs = Number(opt('--runs', '3'));
  const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-'));
  try {
    const real = readdirSync('data/scores').filter((f) => f.endsWith('.csv')).map((f) => join('data/scores', f));
    const node = !args.includes('--browser-only');
    if (node) {
      // The same figures as the page receives them: one compact file per index, made from these CSV files.
      const compact = [...compactShippedScores()].map(([index, c]) => {
        const path = join(dir, `scores-${index.toLowerCase()}.json`);
        writeFileSync(path, JSON.stringify(c));
        return path;
      });
      const size = (paths: string[], zip: boolean) => paths.reduce((n, f) => n + (zip ? gzipSync(readFileSync(f)).length : statSync(f).size), 0) / 1024;
      compare(`Real shipped data as the page loads it (${compact.length} per-index files from ${real.length} CSV files): JSON.parse + decode + index vs bare papaparse on the CSV`, real, runs, 10, compact);
      console.log(`  bytes                   CSV ${size(real, false).toFixed(0)} KB (gzip ${size(real, true).toFixed(0)} KB) → compact ${size(compact, false).toFixed(0)} KB (gzip ${size(compact, true).toFixed(0)} KB)`);
      compare(`Real shipped CSV through the import path (parse + validate + index; small files, per-row checks dominate)`, real, runs, 10);
    }
    const spoiled = join(dir, 'synthetic.csv');
    const clean = join(dir, 'synthetic-clean.csv');
    await writeSynthetic(spoiled, rows, seed);
    await writeSynthetic(clean, rows, seed, ['NA', '..']);
    if (node) compare(`Synthetic ${rows.toLocaleString('en')} rows (seed ${seed}, spoiled NA / .. / #VALUE!) in ${dir}`, [spoiled], runs, 1);
    if (!args.includes('--no-browser')) await browserBench(spoiled, clean, rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
