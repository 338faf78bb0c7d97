import { parseArguments } from './cli';

describe('town CLI arguments', () => {
  it('defaults to size S, seed 1 and DATABASE_URL', () => {
    expect(parseArguments([], { DATABASE_URL: 'postgres://localhost/village' })).toEqual({
      size: 'S',
      seed: 1,
      databaseUrl: 'postgres://localhost/village',
      dryRun: false,
    });
  });

  it('reads size, seed, URL and dry run', () => {
    expect(
      parseArguments(
        ['--size', 'l', '--seed', '42', '--database-url', 'postgres://db/town', '--dry-run'],
        {},
      ),
    ).toEqual({
      size: 'L',
      seed: 42,
      databaseUrl: 'postgres://db/town',
      dryRun: true,
    });
  });

  it('needs a database unless it is a dry run', () => {
    expect(() => parseArguments(['--size', 'M'], {})).toThrow(/database-url/);
    expect(parseArguments(['--dry-run'], {}).dryRun).toBe(true);
  });

  it('rejects unknown sizes, bad seeds and unknown flags', () => {
    expect(() => parseArguments(['--size', 'XXL', '--dry-run'], {})).toThrow(/S, M, L or XL/);
    expect(parseArguments(['--size', 'xl', '--dry-run'], {}).size).toBe('XL');
    expect(() => parseArguments(['--seed', '-1', '--dry-run'], {})).toThrow(/whole number/);
    expect(() => parseArguments(['--seed'], {})).toThrow(/needs a value/);
    expect(() => parseArguments(['--verbose'], {})).toThrow(/Unknown argument/);
  });
});
