// Writes the browser suite's counts to a JSON file, so `npm test` can add up every suite.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const c = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) t.skipped ? c.skipped++ : t.passed ? c.passed++ : c.failed++;
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const s of sessions) {
        walk(s.testResults);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!s.passed && (s.errors?.length || !s.testResults)) c.fileErrors++;
      }
      c.failed += c.fileErrors;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(c));
    },
  };
}
