#!/usr/bin/env node
// The one test command: builds, drift checks, unit specs, integration specs on a real PostgreSQL and
// browser journeys in Chromium. Ends with one line: "N passed, N failed".
//   --only <step,…>       run some steps: build, checks, unit, integration, e2e
//   --summary-file <path> also write the totals as JSON (CI adds up several runs)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const only = option('--only')?.split(',');
const wanted = (step) => !only || only.includes(step);
const reports = join(root, 'tmp', 'test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// Every step really runs: Nx's cache (shared across checkouts on a machine) must not stand in for a test.
const env = {
  ...process.env,
  TZ: 'UTC',
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  FORCE_COLOR: '0',
};
const totals = { passed: 0, failed: 0 };
const lines = [];

function run(command, extraEnv = {}) {
  const started = Date.now();
  const result = spawnSync(command, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: 'inherit',
    shell: true,
  });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A command that either passes or fails as a whole (build, type check, drift checks). */
function check(name, command) {
  console.log(`\n▶ ${name}`);
  const { ok, seconds } = run(command);
  totals[ok ? 'passed' : 'failed']++;
  lines.push(`${ok ? 'pass' : 'FAIL'}  ${name} (${seconds}s)`);
  return ok;
}

/** A Jest run: every test counts, and a suite that could not run counts as a failure. */
function jest(name, command, extraEnv = {}) {
  console.log(`\n▶ ${name}`);
  const output = join(reports, `${name.replace(/\W+/g, '-')}.json`);
  const { ok, seconds } = run(`${command} --json --outputFile=${output}`, extraEnv);
  if (!existsSync(output)) {
    // The runner decided not to run (for example no Chromium) and said why; nothing to count.
    lines.push(`${ok ? 'skip' : 'FAIL'}  ${name} (${seconds}s)`);
    if (!ok) totals.failed++;
    return;
  }
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const brokenSuites = report.testResults.filter(
    (suite) => suite.status === 'failed' && suite.assertionResults.length === 0,
  ).length;
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + brokenSuites;
  lines.push(
    `${ok ? 'pass' : 'FAIL'}  ${name}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenSuites} failed (${seconds}s)`,
  );
}

const started = Date.now();
if (wanted('build'))
  check(
    'build api and web',
    'npx nx run-many -t build --projects=api,web --outputStyle=static --skip-nx-cache',
  );
if (wanted('checks')) {
  check('type check', 'npx nx run-many -t typecheck --outputStyle=static --skip-nx-cache');
  check('lint', 'npx nx run-many -t lint --outputStyle=static --skip-nx-cache');
  check('formatted with Prettier', 'npx prettier --check . --log-level warn');
  check('schema.gql is up to date', 'node dist/api/apps/api/src/graphql/schema-cli.js check');
  check(
    'web codegen is up to date',
    'npx nx run web:codegen-check --outputStyle=static --skip-nx-cache',
  );
  check(
    'entities and migrations agree',
    'node dist/api/apps/api/src/database/migration-cli.js check',
  );
}
if (wanted('unit')) {
  jest(
    'unit',
    'npx jest --projects libs/shared/jest.config.cjs tools/town/jest.config.cjs apps/api/jest.config.cjs apps/web/jest.config.cjs libs/web/ui/jest.config.cjs',
  );
}
if (wanted('integration'))
  jest('integration', 'npx jest -c apps/api/jest.integration.config.cjs --maxWorkers=2');
if (wanted('e2e')) jest('browser journeys', 'node apps/web-e2e/run.mjs');

console.log(`\n${lines.join('\n')}\n\nTotal time ${((Date.now() - started) / 1000).toFixed(0)}s`);
const summaryFile = option('--summary-file');
if (summaryFile) writeFileSync(summaryFile, JSON.stringify(totals));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
