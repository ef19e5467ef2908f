// Sums the vitest JSON reports of every workspace package into the plain closing line
// "N passed, N failed" that CI reads. argv[2]: 1 when `plandiff check` failed (counted as one test).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const packages = ['packages/model', 'packages/ingest', 'packages/parse', 'packages/compare', 'packages/corpus', 'apps/cli', 'apps/api', 'apps/web'];
let passed = 0;
let failed = 0;
for (const dir of packages) {
  const report = join(dir, '.vitest-report', 'results.json');
  if (!existsSync(report)) continue;
  const r = JSON.parse(readFileSync(report, 'utf8'));
  // A test file that failed outside its tests (a beforeAll hook that timed out, an import error) fails no test
  // itself and skips the tests it holds: count each such file as one failure, or the closing line would hide it.
  const brokenFiles = (r.testResults ?? []).filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  passed += r.numPassedTests;
  failed += r.numFailedTests + brokenFiles;
  console.log(
    `  ${dir.padEnd(18)} ${r.numPassedTests} passed, ${r.numFailedTests} failed` +
      `${brokenFiles ? `, ${brokenFiles} test file${brokenFiles > 1 ? 's' : ''} failed outside its tests` : ''}` +
      `${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}`,
  );
}
const checkFailed = process.argv[2] === '1';
if (checkFailed) failed += 1;
else passed += 1;
console.log(`  plandiff check     ${checkFailed ? 'failed' : 'passed'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
