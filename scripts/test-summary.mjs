// Prints the one plain line CI reads ("N passed, N failed") from vitest's JSON report, and
// exits non-zero when anything failed or nothing ran.
import { readFileSync } from 'node:fs';

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
process.exit(totalFailed > 0 || passed === 0 ? 1 : 0);
