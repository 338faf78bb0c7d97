import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jestTotals } from './jest-totals.mjs';

const fixtures = join(__dirname, 'fixtures', 'jest-runs');
const jestBin = require.resolve('jest/bin/jest');

/** Runs real Jest on one fixture suite and counts it as the test command does. */
function countFixture(file) {
  const dir = mkdtempSync(join(tmpdir(), 'village-jest-totals-'));
  const output = join(dir, 'report.json');
  try {
    const result = spawnSync(
      process.execPath,
      [jestBin, '-c', join(fixtures, 'jest.config.cjs'), '--json', `--outputFile=${output}`, file],
      { encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    return jestTotals(JSON.parse(readFileSync(output, 'utf8')), result.status ?? 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('counting a Jest run', () => {
  it('counts the tests of a run that passed', () => {
    expect(countFixture('passes.fixture.cjs')).toEqual({ passed: 1, failed: 0, reasons: [] });
  });

  it('counts a failed test as a failure', () => {
    expect(countFixture('fails-a-test.fixture.cjs')).toMatchObject({ passed: 1, failed: 1 });
  });

  it('counts a suite whose afterAll throws as a failure although its tests passed', () => {
    const counted = countFixture('throws-in-after-all.fixture.cjs');
    expect(counted.failed).toBe(1);
    expect(counted.reasons).toEqual(['1 suite(s) failed outside a test']);
  });

  it('counts a suite that does not load as a failure', () => {
    const counted = countFixture('does-not-load.fixture.cjs');
    expect(counted).toMatchObject({ passed: 0, failed: 1 });
  });

  it('fails a run whose runner exited non-zero even when its report shows no failure', () => {
    const report = { numPassedTests: 3, numFailedTests: 0, testResults: [] };
    expect(jestTotals(report, 1)).toEqual({
      passed: 3,
      failed: 1,
      reasons: ['the runner exited 1'],
    });
  });

  it('fails a run that wrote no report, whatever its exit status', () => {
    expect(jestTotals(null, 0).failed).toBe(1);
    expect(jestTotals(null, 2).failed).toBe(1);
  });

  it('counts a test skipped inside a run as neither passed nor failed, and names it', () => {
    expect(countFixture('skips-a-test.fixture.cjs')).toEqual({
      passed: 1,
      failed: 0,
      reasons: ['1 skipped: a reference cannot run: none on this machine'],
    });
  });

  it('counts a declared skip as neither passed nor failed, and says why', () => {
    const report = {
      numPassedTests: 0,
      numFailedTests: 0,
      testResults: [],
      skipped: 'no Chromium',
    };
    expect(jestTotals(report, 0)).toEqual({
      passed: 0,
      failed: 0,
      reasons: ['skipped: no Chromium'],
    });
  });
});
