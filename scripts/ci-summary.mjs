// Prints `tests: N passed, M failed` summed over vitest JSON reports; a missing or unreadable
// report counts as one failure so that a crashed run can never look green. Failed tests are
// listed with the start of their message just above that line, because CI keeps only the tail of
// the log and a bare count cannot tell a flaky test from a broken one.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

let passed = 0;
let failed = 0;
const failures = [];
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) failed += 1;
    for (const suite of report.testResults) {
      const where = relative(process.cwd(), suite.name);
      const failedTests = suite.assertionResults.filter((test) => test.status === 'failed');
      for (const test of failedTests) {
        failures.push({
          where: `${file}: ${where} > ${test.fullName}`,
          messages: test.failureMessages,
        });
      }
      if (failedTests.length === 0 && suite.status === 'failed') {
        failures.push({
          where: `${file}: ${where}`,
          messages: [suite.message ?? 'the file failed'],
        });
      }
    }
  } catch (error) {
    console.error(`cannot read test report ${file}: ${error.message}`);
    failed += 1;
  }
}
for (const { where, messages } of failures) {
  console.log(`FAILED ${where}`);
  const lines = messages
    .join('\n')
    .split('\n')
    .filter((line) => line.trim() !== '');
  for (const line of lines.slice(0, 8)) console.log(`    ${line}`);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
