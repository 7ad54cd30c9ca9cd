export interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
}
export function countReport(report: VitestJsonReport): { passed: number; failed: number; skipped: number; brokenFiles: string[] };
