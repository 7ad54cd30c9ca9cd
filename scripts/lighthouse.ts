/**
 * npm run lighthouse [-- --url http://host/path/ | --runs N | --explain]
 *
 * Builds the app into a temporary folder, serves it with `vite preview` (gzip, like any static host) and runs
 * Lighthouse 12 on the first screen (the rank table) and on the leaders' overview (four indices) as a phone (Moto G Power, slow 4G, 4× CPU: Lighthouse's
 * default) and as a desktop. Prints each category's score and the timings behind performance.
 * With --runs N (default 1) each form factor runs N times and the median performance run is printed;
 * --explain prints the LCP element and the layout shifts.
 * Chromium: CHROME_PATH (default /usr/bin/chromium).
 * Targets (issue 12): mobile performance ≥ 95 with LCP ≤ 2.5 s, desktop 100, accessibility 100 on both.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { buildAndServe, CHROMIUM_ARGS, type Served } from './lib/served-build';
import { chromiumPath } from './lib/chromium.mjs';
import { integerFlag, readCli, runCli, usageError } from './lib/cli.mjs';

export const LIGHTHOUSE_CLI = {
  name: 'lighthouse',
  usage: 'npm run lighthouse [-- --url http://host/path/ | --runs N | --explain]',
  summary: 'Builds and serves the app, then runs Lighthouse on the first screen and the overview as a phone and as a desktop.',
  helpCommand: 'npm run lighthouse -- --help',
  options: {
    url: { type: 'string', value: 'URL', help: 'audit this running app instead of building one', example: 'http://127.0.0.1:4173/' },
    runs: { type: 'string', value: 'N', help: 'runs per form factor; the median performance run is printed (default 1)', example: '3' },
    explain: { type: 'boolean', help: 'print the LCP element and the layout shifts' },
  },
} as const;

const { values: args } = readCli(process.argv.slice(2), LIGHTHOUSE_CLI);

interface Result {
  scores: Record<string, number>;
  metrics: Record<string, string>;
  lcpMs: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

async function audit(url: string, port: number, desktop: boolean): Promise<Result> {
  const runner = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, desktop ? desktopConfig : undefined);
  if (!runner) throw new Error('lighthouse returned nothing');
  const { lhr } = runner;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
  const scores: Record<string, number> = {};
  for (const c of CATEGORIES) scores[c] = Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const metrics: Record<string, string> = {};
  for (const m of METRICS) metrics[m] = lhr.audits[m]?.displayValue ?? '—';
  const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id));
  if (failed.length) console.log(`  accessibility audits not passed: ${failed.map((a) => a.id).join(', ')}`);
  if (args.explain) {
    const details = (id: string) => JSON.stringify(lhr.audits[id]?.details ?? {}).slice(0, 1500);
    console.log(`  LCP element: ${details('largest-contentful-paint-element')}`);
    console.log(`  layout shifts: ${details('layout-shifts')}`);
  }
  return { scores, metrics, lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN };
}

async function main() {
  const runs = integerFlag('runs', args.runs ?? '1', 1, 50);
  let url = args.url;
  if (url !== undefined && !URL.canParse(url)) throw usageError(`--url "${url}" is not an address (e.g. --url http://127.0.0.1:4173/)`);
  let served: Served | undefined;
  if (!url) {
    served = await buildAndServe('chiso-lh-dist-');
    url = served.url;
  }
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    // Lighthouse wants the new headless mode and a /dev/shm-free Chromium; the rest are this machine's usual flags.
    chromeFlags: [...CHROMIUM_ARGS.filter((a) => a !== '--headless'), '--headless=new', '--disable-dev-shm-usage'],
  });
  try {
    const pages = [
      ['first screen (rank table)', `${url}?tab=rankings&index=PCI&province=22&lang=vi`],
      ['overview (four indices)', `${url}?tab=overview&province=22&lang=vi`],
    ];
    console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}`);
    for (const [name, page] of pages) {
      console.log(`\n== ${name}: ${page}`);
      for (const desktop of [false, true]) {
        const results: Result[] = [];
        for (let i = 0; i < runs; i++) results.push(await audit(page, chrome.port, desktop));
        results.sort((a, b) => a.scores.performance - b.scores.performance);
        const r = results[Math.floor(results.length / 2)];
        console.log(`\n${desktop ? 'desktop' : 'mobile '}  ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(' · ')}`);
        console.log(`         ${METRICS.map((m) => `${m.replace(/-/g, ' ')} ${r.metrics[m]}`).join(' · ')}`);
        if (runs > 1) console.log(`         performance over ${runs} runs: ${results.map((x) => x.scores.performance).join(', ')}`);
        const perfTarget = desktop ? 100 : 95;
        const ok = r.scores.performance >= perfTarget && r.scores.accessibility === 100 && (desktop || r.lcpMs <= 2500);
        console.log(`         target (performance ≥ ${perfTarget}${desktop ? '' : ', LCP ≤ 2.5 s'}, accessibility 100): ${ok ? 'OK' : 'NOT MET'}`);
      }
    }
  } finally {
    chrome.kill();
    served?.close();
  }
}

void runCli(LIGHTHOUSE_CLI, main);
