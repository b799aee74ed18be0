// Prints the one plain line CI reads ("N passed, N failed") from vitest's JSON report, and
// exits non-zero when anything failed or nothing ran.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? '.test-results/vitest.json';
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.log('0 passed, 1 failed');
  console.error(`no test report at ${file}`);
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
const failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).every((a) => a.status !== 'failed'));
const totalFailed = failed + brokenFiles.length;
console.log(`${passed} passed, ${totalFailed} failed${skipped ? `, ${skipped} skipped` : ''}`);
for (const f of brokenFiles) console.error(`failed to run: ${f.name}: ${(f.message ?? '').split('\n')[0]}`);
// What the test academies answered with a 5xx (tests/support/academy.ts): the cause of a failure seen only here.
const errors = '.test-results/academy-errors.log';
if (totalFailed > 0 && existsSync(errors)) {
  const lines = readFileSync(errors, 'utf8').trim().split('\n').filter(Boolean);
  console.error(`\nlast ${Math.min(40, lines.length)} of ${lines.length} academy error lines (${errors}):`);
  for (const line of lines.slice(-40)) console.error(line.slice(0, 1500));
}
process.exit(totalFailed > 0 || passed === 0 ? 1 : 0);
