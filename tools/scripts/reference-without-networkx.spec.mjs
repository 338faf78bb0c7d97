import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jestTotals } from './jest-totals.mjs';

const root = join(__dirname, '..', '..');
const jestBin = require.resolve('jest/bin/jest');

/** Runs the NetworkX reference spec as the unit step does, with no Python where it looks. */
function runWithoutNetworkx(ci) {
  const dir = mkdtempSync(join(tmpdir(), 'village-reference-'));
  const output = join(dir, 'report.json');
  try {
    const env = { ...process.env, NETWORKX_PYTHON: join(dir, 'no-python-here') };
    if (ci) env.CI = 'true';
    else delete env.CI;
    const result = spawnSync(
      process.execPath,
      [
        jestBin,
        '-c',
        join(root, 'tools', 'reference', 'jest.config.cjs'),
        '--json',
        `--outputFile=${output}`,
        join(root, 'tools', 'reference', 'networkx-reference.spec.ts'),
      ],
      { encoding: 'utf8', env, cwd: root },
    );
    const report = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : null;
    return { status: result.status, counted: jestTotals(report, result.status ?? 1) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the NetworkX reference spec without NetworkX', () => {
  it('fails the run under CI=true', () => {
    const { status, counted } = runWithoutNetworkx(true);
    expect(status).toBe(1);
    expect(counted).toMatchObject({ passed: 0, failed: 1 });
  });

  it('declares a skip, with the reason, on a developer machine', () => {
    const { status, counted } = runWithoutNetworkx(false);
    expect(status).toBe(0);
    expect(counted).toEqual({
      passed: 0,
      failed: 0,
      reasons: [
        expect.stringMatching(
          /^1 skipped: the engine against NetworkX cannot run: .*no-python-here cannot be run .*apt-get install python3-networkx python3-scipy$/,
        ),
      ],
    });
  });
});
