#!/usr/bin/env node
// Runs every test: vitest unit tests (domain, data, state) then end-to-end specs in headless Chromium.
// Prints one closing line "N passed, N failed" covering both, and exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

mkdirSync('.test-results', { recursive: true });
const suites = [
  { name: 'unit', args: ['vitest', 'run'] },
  { name: 'e2e', args: ['vitest', 'run', '--config', 'vitest.e2e.config.ts'] },
];
let passed = 0;
let failed = 0;
let crashed = false;
for (const suite of suites) {
  const out = `.test-results/${suite.name}.json`;
  if (existsSync(out)) rmSync(out);
  const run = spawnSync('npx', [...suite.args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], { stdio: 'inherit' });
  if (!existsSync(out)) {
    console.error(`${suite.name}: no report (exit ${run.status})`);
    crashed = true;
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails to load counts as a failure even when none of its tests ran.
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += brokenFiles;
  if (run.status !== 0 && report.numFailedTests === 0 && brokenFiles === 0) crashed = true;
  console.log(`${suite.name}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || crashed ? 1 : 0);
