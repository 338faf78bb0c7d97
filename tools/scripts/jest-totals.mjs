// Counts a Jest run honestly from its --json report and its exit status. Every failed test counts;
// a suite that failed outside its tests (a module that did not load, a throwing beforeAll/afterAll)
// counts as one more failure; and a runner that exits non-zero with nothing else to show for it
// (no report, or a report with no failure in it) counts as a failure too. A runner that decided not
// to run says so in its report (`skipped`: why), which counts as neither. A test skipped inside a run
// (a spec that cannot run on this machine, say so in its name) counts as neither too, but is named in
// the reasons, so a skip is never silent.

/** How Jest's report marks a test that did not run. */
const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled']);

/**
 * @param {null | { skipped?: string, testResults: { status: string, assertionResults: { status: string, title?: string, fullName?: string }[], testExecError?: unknown, failureMessage?: string }[], numPassedTests: number, numFailedTests: number }} report
 * @param {number} exitStatus the runner's exit status
 * @returns {{ passed: number, failed: number, reasons: string[] }}
 */
export function jestTotals(report, exitStatus) {
  if (!report) {
    return exitStatus === 0
      ? { passed: 0, failed: 1, reasons: ['the runner exited 0 but wrote no report'] }
      : { passed: 0, failed: 1, reasons: [`the runner exited ${exitStatus} without a report`] };
  }
  if (report.skipped && exitStatus === 0)
    return { passed: 0, failed: 0, reasons: [`skipped: ${report.skipped}`] };
  const reasons = [];
  const suiteFailures = report.testResults.filter(
    (suite) =>
      suite.status === 'failed' &&
      !suite.assertionResults.some((assertion) => assertion.status === 'failed'),
  ).length;
  if (suiteFailures) reasons.push(`${suiteFailures} suite(s) failed outside a test`);
  const skipped = report.testResults.flatMap((suite) =>
    suite.assertionResults
      .filter((assertion) => SKIPPED.has(assertion.status))
      .map((assertion) => assertion.fullName ?? assertion.title),
  );
  if (skipped.length) {
    const named = skipped.slice(0, 3).join('; ');
    const more = skipped.length > 3 ? ` and ${skipped.length - 3} more` : '';
    reasons.push(`${skipped.length} skipped: ${named}${more}`);
  }
  let failed = report.numFailedTests + suiteFailures;
  if (exitStatus !== 0 && failed === 0) {
    reasons.push(`the runner exited ${exitStatus}`);
    failed = 1;
  }
  return { passed: report.numPassedTests, failed, reasons };
}
