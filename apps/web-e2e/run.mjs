#!/usr/bin/env node
// Runs the browser journeys, or says plainly why not. Without Chromium there is nothing to drive: on a
// developer's machine that is a declared skip (the report says why), under CI=true it is a failure.
// Extra arguments go to Jest (the test runner adds --json --outputFile=…).
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// CHROMIUM_PATH exists for the spec that proves a missing browser fails CI.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
if (!existsSync(CHROMIUM)) {
  const why = `Chromium not found at ${CHROMIUM}`;
  if (process.env.CI === 'true') {
    console.error(`${why}: CI must run the browser journeys (apt-get install chromium).`);
    process.exit(1);
  }
  console.log(`${why}: browser journeys skipped`);
  const outputFile = args
    .find((arg) => arg.startsWith('--outputFile='))
    ?.slice('--outputFile='.length);
  if (outputFile)
    writeFileSync(
      outputFile,
      JSON.stringify({ numPassedTests: 0, numFailedTests: 0, testResults: [], skipped: why }),
    );
  process.exit(0);
}

const require = createRequire(import.meta.url);
const jest = require.resolve('jest/bin/jest');
const config = fileURLToPath(new URL('./jest.config.cjs', import.meta.url));
const child = spawn(process.execPath, [jest, '-c', config, ...args], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC' },
});
// Ctrl-C reaches Jest through the shared terminal; Jest's global teardown then stops the API.
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
