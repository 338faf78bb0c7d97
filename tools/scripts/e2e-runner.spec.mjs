import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jestTotals } from './jest-totals.mjs';

const runner = join(__dirname, '..', '..', 'apps', 'web-e2e', 'run.mjs');

/** Runs the browser-journey runner as the test command does, with no Chromium where it looks. */
function runWithoutChromium(ci) {
  const dir = mkdtempSync(join(tmpdir(), 'village-e2e-runner-'));
  const output = join(dir, 'report.json');
  try {
    const env = { ...process.env, CHROMIUM_PATH: join(dir, 'no-chromium-here') };
    if (ci) env.CI = 'true';
    else delete env.CI;
    const result = spawnSync(process.execPath, [runner, '--json', `--outputFile=${output}`], {
      encoding: 'utf8',
      env,
    });
    const report = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : null;
    return { status: result.status, counted: jestTotals(report, result.status ?? 1) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the browser-journey runner without Chromium', () => {
  it('fails the run under CI=true', () => {
    const { status, counted } = runWithoutChromium(true);
    expect(status).toBe(1);
    expect(counted.failed).toBe(1);
  });

  it('declares a skip, with the reason, on a developer machine', () => {
    const { status, counted } = runWithoutChromium(false);
    expect(status).toBe(0);
    expect(counted).toEqual({
      passed: 0,
      failed: 0,
      reasons: [expect.stringMatching(/^skipped: Chromium not found at /)],
    });
  });
});
