#!/usr/bin/env node
// Adds up the summary files of several test-all runs (CI runs the suite on more than one database and
// Node). A missing or unreadable summary is a failed step. Prints every run's lines, the steps, and
// last the tests: "N passed, N failed". Exits non-zero when anything failed.
import { readFileSync } from 'node:fs';

const tests = { passed: 0, failed: 0 };
const steps = { passed: 0, failed: 0 };
const lines = [];
for (const file of process.argv.slice(2)) {
  try {
    const run = JSON.parse(readFileSync(file, 'utf8'));
    for (const key of ['passed', 'failed']) {
      tests[key] += run.tests[key];
      steps[key] += run.steps[key];
    }
    lines.push(...run.lines);
  } catch (error) {
    steps.failed++;
    lines.push(`FAIL  step: read ${file} (${error.message})`);
  }
}
console.log(`\n${lines.join('\n')}\n`);
console.log(`steps: ${steps.passed} passed, ${steps.failed} failed`);
console.log(`${tests.passed} passed, ${tests.failed} failed`);
process.exitCode = tests.failed > 0 || steps.failed > 0 ? 1 : 0;
