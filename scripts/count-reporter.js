// Prints the closing line CI reads ("Tests: N passed, N failed").
// A test file that fails to load counts as one failed test. The line is
// written synchronously: a line left for later lost the race with the runner's
// process.exit once in four runs.
import { writeFileSync, writeSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

/** "Tests: 3 passed, 0 failed, 1 skipped". */
export const closingLine = ({ passed, failed, skipped }) =>
  `Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

/**
 * With HR_TOTALS_FILE set (by scripts/test-browsers.js, which runs one engine
 * at a time), the totals go to that file and the engine's own line names it,
 * so that only the sum of all engines is read as the closing line.
 */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        const loadFailed = session.errors.length > 0 && !session.testResults?.tests.length && !session.testResults?.suites.length;
        if (!session.passed && loadFailed) totals.failed += 1;
      }
      const file = process.env.HR_TOTALS_FILE;
      if (file) {
        writeFileSync(file, JSON.stringify(totals));
        const browsers = [...new Set(sessions.map((s) => s.browser.name))].join(', ');
        writeSync(1, `\n[${browsers}] ${totals.passed} passed · ${totals.failed} failed · ${totals.skipped} skipped\n`);
      } else {
        writeSync(1, `\n${closingLine(totals)}\n`);
      }
    },
  };
}
