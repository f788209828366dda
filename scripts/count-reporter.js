// Prints the closing line CI reads ("Tests: N passed, N failed").
// A test file that fails to load counts as one failed test.

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        const loadFailed = session.errors.length > 0 && !session.testResults?.tests.length && !session.testResults?.suites.length;
        if (!session.passed && loadFailed) totals.failed += 1;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // Printed after the default reporter's summary.
      setTimeout(() => console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed${skipped}`), 0);
    },
  };
}
