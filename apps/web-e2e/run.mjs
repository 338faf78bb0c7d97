#!/usr/bin/env node
// Runs the browser journeys, or says plainly why not: without Chromium there is nothing to drive,
// and that is a skip (exit 0) rather than a failure or a pile of skipped tests.
// Extra arguments go to Jest (the test runner adds --json --outputFile=…).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.log(`Chromium not found at ${CHROMIUM}: browser journeys skipped`);
  process.exit(0);
}

const require = createRequire(import.meta.url);
const jest = require.resolve('jest/bin/jest');
const config = fileURLToPath(new URL('./jest.config.cjs', import.meta.url));
const child = spawn(process.execPath, [jest, '-c', config, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC' },
});
// Ctrl-C reaches Jest through the shared terminal; Jest's global teardown then stops the API.
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
