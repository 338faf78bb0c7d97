#!/usr/bin/env node
// `npm start`: builds the API and the web client (cached by Nx after the first time), then runs the
// API, which starts its embedded PostgreSQL, migrates, seeds the demo town once and serves the web app.
import { spawn, spawnSync } from 'node:child_process';

const root = new URL('../..', import.meta.url).pathname;
const env = {
  DEMO_TOWN: 'S',
  WEB_DIST: 'dist/web',
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
};

console.log('Building Village (the first build takes a little while; later starts reuse it)…');
const build = spawnSync('npx nx run-many -t build --projects=api,web --outputStyle=static', {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
  shell: true,
});
if (build.status !== 0) {
  console.error('village: the build failed; run `npx nx run-many -t build` to see why.');
  process.exit(1);
}

const api = spawn(process.execPath, ['dist/api/apps/api/src/main.js'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
// Ctrl-C reaches the API directly (same process group); wait for it to stop its database cleanly.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
