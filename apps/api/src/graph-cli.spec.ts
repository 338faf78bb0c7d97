import { parseArguments, progressLine, UsageError } from './graph-cli';

describe('graph-cli', () => {
  it('reads run and status with the database from the flag or the environment', () => {
    expect(parseArguments(['run', '--work'], { DATABASE_URL: 'postgres://x/db' })).toEqual({
      command: 'run',
      work: true,
      databaseUrl: 'postgres://x/db',
    });
    expect(parseArguments(['status', '--database-url', 'postgres://y/db'], {})).toMatchObject({
      command: 'status',
      databaseUrl: 'postgres://y/db',
    });
  });

  it('refuses what it does not know', () => {
    expect(() => parseArguments([], {})).toThrow(UsageError);
    expect(() => parseArguments(['status', '--work'], { DATABASE_URL: 'postgres://x' })).toThrow(
      'Unknown argument --work.',
    );
    expect(() => parseArguments(['run'], {})).toThrow('Give --database-url');
  });

  it('draws a bar with the phase and its count', () => {
    const row = {
      id: 'r',
      status: 'RUNNING',
      phase: 'READING_TIES',
      phase_done: 1200,
      phase_total: 5000,
      percent: 30,
      error: null,
    };
    expect(progressLine(row, 10)).toBe('[###-------]  30% reading ties 1200/5000');
    expect(progressLine({ ...row, phase: 'COMPUTING', phase_total: 0, percent: 50 }, 10)).toBe(
      '[#####-----]  50% computing',
    );
  });
});
