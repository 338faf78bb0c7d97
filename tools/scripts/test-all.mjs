#!/usr/bin/env node
// The one test command: builds, drift checks, unit specs, integration specs on a real PostgreSQL and
// browser journeys in Chromium. Ends with one line counting tests: "N passed, N failed".
// Steps (build, type check, lint, drift checks) are not tests: each passes or fails the run and is
// reported on its own line above the totals.
//   --only <step,…>       run some steps: build, checks, unit, integration, e2e
//   --summary-file <path> also write the totals as JSON (CI adds up several runs)
//   --label <text>        names this run's database in the report (CI runs the integration specs twice)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jestTotals } from './jest-totals.mjs';

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
const database = process.env.DATABASE_URL
  ? `PostgreSQL at ${new URL(process.env.DATABASE_URL).host}${process.env.REDIS_URL ? ' with Redis' : ''}`
  : 'embedded PostgreSQL';
const label = option('--label') ?? `node ${process.versions.node}, ${database}`;
const tests = { passed: 0, failed: 0 };
const steps = { passed: 0, failed: 0 };
const lines = [];

function run(command, extraEnv = {}) {
  const started = Date.now();
  const result = spawnSync(command, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: 'inherit',
    shell: true,
  });
  return { status: result.status ?? 1, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A command that passes or fails as a whole (build, type check, drift checks): a step, not a test. */
function step(name, command) {
  console.log(`\n▶ ${name}`);
  const { status, seconds } = run(command);
  const ok = status === 0;
  steps[ok ? 'passed' : 'failed']++;
  lines.push(`${ok ? 'pass' : 'FAIL'}  step: ${name} (${seconds}s)`);
  return ok;
}

/** A Jest run: every test counts, and so does every way the run can fail outside a test. */
function jest(name, command, extraEnv = {}) {
  console.log(`\n▶ ${name}`);
  const output = join(reports, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(output, { force: true });
  const { status, seconds } = run(`${command} --json --outputFile=${output}`, extraEnv);
  const report = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : null;
  const counted = jestTotals(report, status);
  tests.passed += counted.passed;
  tests.failed += counted.failed;
  const why = counted.reasons.length ? ` — ${counted.reasons.join('; ')}` : '';
  lines.push(
    `${counted.failed ? 'FAIL' : 'pass'}  ${name}: ${counted.passed} passed, ${counted.failed} failed (${seconds}s)${why}`,
  );
}

const started = Date.now();
if (wanted('build'))
  step(
    'build api and web',
    'npx nx run-many -t build --projects=api,web --outputStyle=static --skip-nx-cache',
  );
if (wanted('checks')) {
  step('type check', 'npx nx run-many -t typecheck --outputStyle=static --skip-nx-cache');
  step('lint', 'npx nx run-many -t lint --outputStyle=static --skip-nx-cache');
  step('formatted with Prettier', 'npx prettier --check . --log-level warn');
  step('schema.gql is up to date', 'node dist/api/apps/api/src/schema-cli.js check');
  step(
    'web codegen is up to date',
    'npx nx run web:codegen-check --outputStyle=static --skip-nx-cache',
  );
  step(
    "integration specs' typed documents are up to date",
    'npx nx run api:test-codegen-check --outputStyle=static --skip-nx-cache',
  );
  step('docs/access.md matches the policies', 'node dist/api/apps/api/src/access-doc-cli.js check');
  step('entities and migrations agree', 'node dist/api/apps/api/src/migration-cli.js check');
}
if (wanted('unit')) {
  jest(
    `unit (node ${process.versions.node})`,
    'npx jest --projects tools/jest.config.cjs libs/shared/jest.config.cjs libs/town/jest.config.cjs libs/social-graph/jest.config.cjs apps/api/jest.config.cjs apps/web/jest.config.cjs libs/web/ui/jest.config.cjs',
  );
}
if (wanted('integration'))
  jest(`integration (${label})`, 'npx jest -c apps/api/jest.integration.config.cjs --maxWorkers=2');
if (wanted('e2e')) jest('browser journeys', 'node apps/web-e2e/run.mjs');

console.log(`\n${lines.join('\n')}\n\nTotal time ${((Date.now() - started) / 1000).toFixed(0)}s`);
const summaryFile = option('--summary-file');
if (summaryFile) writeFileSync(summaryFile, JSON.stringify({ tests, steps, lines }));
if (steps.passed + steps.failed > 0)
  console.log(`steps: ${steps.passed} passed, ${steps.failed} failed`);
console.log(`${tests.passed} passed, ${tests.failed} failed`);
process.exitCode = tests.failed > 0 || steps.failed > 0 ? 1 : 0;
