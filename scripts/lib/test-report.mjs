// Counts passed, failed and skipped tests from vitest's JSON report (--reporter=json).
// A file that failed with no failed test of its own failed before its tests could run: it did not load (one
// failure), or its beforeAll threw and vitest marked every test "skipped" (each of those is a failure).
// Otherwise a missing browser reads "0 passed, 0 failed".

/** @param {{ numPassedTests: number, numFailedTests: number, numPendingTests?: number, numTodoTests?: number, testResults: { name: string, status: string, assertionResults: { status: string }[] }[] }} report */
export function countReport(report) {
  const brokenFiles = report.testResults.filter((f) => f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed'));
  // Tests left unrun by a broken file are part of that file's failure, not "skipped" by choice.
  const unrun = (f) => f.assertionResults.filter((t) => t.status === 'pending' || t.status === 'skipped' || t.status === 'todo').length;
  const unrunInBroken = brokenFiles.reduce((n, f) => n + unrun(f), 0);
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) - unrunInBroken;
  const brokenFailures = brokenFiles.reduce((n, f) => n + Math.max(1, unrun(f)), 0);
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFailures, skipped, brokenFiles: brokenFiles.map((f) => f.name) };
}
