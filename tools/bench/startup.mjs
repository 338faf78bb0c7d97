#!/usr/bin/env node
// Measures what a new user waits for: install, first start (embedded PostgreSQL initdb, migrations,
// the S town seeded) and later starts, as `npm start` runs them. Prints a Markdown table.
//   node tools/bench/startup.mjs [--runs 5] [--install]
// --install also times `npm install` in a fresh clone of this repository (about two minutes).
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => (ms / 1000).toFixed(1);

/** Runs `npm start` and resolves with the milliseconds until the URL is printed and /health answers. */
function timeStart(dataDir) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, ['tools/scripts/start.mjs'], {
      cwd: root,
      env: { ...env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', async (chunk) => {
      output += chunk;
      const url = /Village is running at (\S+)/.exec(output)?.[1];
      if (!url || child.measured) return;
      child.measured = true;
      const response = await fetch(`${url}/health`);
      const elapsed = Date.now() - started;
      if (!response.ok) reject(new Error('health check failed'));
      child.kill('SIGINT');
      child.on('exit', () => resolve(elapsed));
    });
    child.on('error', reject);
  });
}

const rows = [];
if (process.argv.includes('--install')) {
  const clone = mkdtempSync(join(tmpdir(), 'village-install-'));
  execSync(`git clone -q ${root} ${clone}`);
  // An empty npm cache, as on a new machine: every package is downloaded.
  const cache = mkdtempSync(join(tmpdir(), 'village-npm-cache-'));
  const started = Date.now();
  execSync(`npm install --no-audit --no-fund --cache ${cache}`, { cwd: clone, stdio: 'ignore' });
  rows.push([
    'install (`npm install`, fresh clone, empty npm cache)',
    seconds(Date.now() - started),
    '1',
    '≤ 120',
  ]);
  rmSync(clone, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}

execSync('npx nx reset', {
  cwd: root,
  stdio: 'ignore',
  env: { ...process.env, NX_DAEMON: 'false' },
});
const firstStarts = [];
const laterStarts = [];
for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'village-start-'));
  // The very first run also pays for the cold build, which Nx caches for every later start.
  const first = await timeStart(dataDir);
  if (run === 0)
    rows.push([
      'first start with a cold build (build + initdb + migrations + S town)',
      seconds(first),
      '1',
      '—',
    ]);
  else firstStarts.push(first);
  laterStarts.push(await timeStart(dataDir));
  rmSync(dataDir, { recursive: true, force: true });
}
rows.push([
  'first start (initdb + migrations + S town), build cached',
  seconds(median(firstStarts)),
  String(firstStarts.length),
  '≤ 20',
]);
rows.push([
  'later start (same data directory)',
  seconds(median(laterStarts)),
  String(laterStarts.length),
  '≤ 5',
]);

console.log('| measure | median seconds | runs | target seconds |\n|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
