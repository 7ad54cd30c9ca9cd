import { describe, expect, it } from 'vitest';
import { countReport, type VitestJsonReport } from './test-report.mjs';

const file = (name: string, status: string, tests: string[], message = '') => ({ name, status, message, assertionResults: tests.map((s) => ({ status: s })) });

describe('the closing line of npm test counts what ran: N passed, N failed, N skipped', () => {
  it('no browser: rankings.spec.ts failed in beforeAll and vitest 4 reports its 3 tests "skipped" (numFailedTests 0) — that is 3 failed, 0 skipped', () => {
    // The shape vitest 4.1 wrote for `CHROME_PATH=/nonexistent vitest run --config vitest.e2e.config.ts tests/e2e/rankings.spec.ts`.
    const report: VitestJsonReport = {
      numPassedTests: 0,
      numFailedTests: 0,
      numPendingTests: 3,
      numTodoTests: 0,
      testResults: [file('/w/tests/e2e/rankings.spec.ts', 'failed', ['skipped', 'skipped', 'skipped'], 'CHROME_PATH=/nonexistent does not exist.')],
    };
    expect(countReport(report)).toEqual({ passed: 0, failed: 3, skipped: 0, brokenFiles: ['/w/tests/e2e/rankings.spec.ts'] });
  });

  it('a file that cannot be imported (no tests collected) is one failure', () => {
    const report: VitestJsonReport = { numPassedTests: 5, numFailedTests: 0, numPendingTests: 0, testResults: [file('a.test.ts', 'passed', ['passed', 'passed', 'passed', 'passed', 'passed']), file('b.test.ts', 'failed', [])] };
    expect(countReport(report)).toMatchObject({ passed: 5, failed: 1, skipped: 0 });
  });

  it('a test skipped on purpose in a passing file is counted as skipped, and a failed test in a file is counted once', () => {
    const report: VitestJsonReport = {
      numPassedTests: 2,
      numFailedTests: 1,
      numPendingTests: 1,
      numTodoTests: 1,
      testResults: [file('a.test.ts', 'passed', ['passed', 'skipped', 'todo']), file('b.test.ts', 'failed', ['passed', 'failed'])],
    };
    expect(countReport(report)).toEqual({ passed: 2, failed: 1, skipped: 2, brokenFiles: [] });
  });
});
