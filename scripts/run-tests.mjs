#!/usr/bin/env node
// Runs every test: vitest unit tests (domain, data, state) then end-to-end specs in headless Chromium.
// Prints one closing line "N passed, N failed, N skipped" covering both, and exits non-zero if anything
// failed. A test file that fails to load or whose set-up fails (its tests then never run) counts as a
// failure, so a missing browser can never look like a green run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { findChromium, isDebian } from './lib/chromium.mjs';
import { countReport } from './lib/test-report.mjs';

mkdirSync('.test-results', { recursive: true });

/** Finds a browser for the e2e suite; on Debian as root it installs Debian's Chromium itself. */
function browserForE2e() {
  let found = findChromium();
  if (found.path === null && !process.env.CHROME_PATH && !process.env.CHROMIUM_PATH && isDebian() && process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get install -y chromium)…');
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
    found = findChromium();
  }
  return found;
}

const suites = [
  { name: 'unit', args: ['vitest', 'run'] },
  { name: 'e2e', args: ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], needsBrowser: true },
];
let passed = 0;
let failed = 0;
let skipped = 0;
let crashed = false;
for (const suite of suites) {
  const env = { ...process.env };
  if (suite.needsBrowser) {
    const found = browserForE2e();
    if (found.path === null) {
      console.error(`e2e: not run. ${found.problem}`);
      failed += 1;
      continue;
    }
    env.CHROME_PATH = found.path;
  }
  const out = `.test-results/${suite.name}.json`;
  if (existsSync(out)) rmSync(out);
  const run = spawnSync('npx', [...suite.args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { stdio: 'inherit', env });
  if (!existsSync(out)) {
    console.error(`${suite.name}: no report (exit ${run.status})`);
    crashed = true;
    failed += 1;
    continue;
  }
  const counts = countReport(JSON.parse(readFileSync(out, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped;
  for (const name of counts.brokenFiles) console.error(`${suite.name}: ${name} failed before its tests could run`);
  if (run.status !== 0 && counts.failed === 0) crashed = true;
  console.log(`${suite.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || crashed ? 1 : 0);
