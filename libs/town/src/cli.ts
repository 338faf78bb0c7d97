/**
 * Generates a synthetic town and loads it into a PostgreSQL database whose migrations are applied.
 *
 *   town --size S|M|L|XL [--seed N] [--database-url URL] [--dry-run]
 *
 * The URL defaults to DATABASE_URL. `--dry-run` only generates the town and prints its counts.
 */
import { Client } from 'pg';
import { performance } from 'node:perf_hooks';
import { generateTown } from './generate';
import { loadGeneratedTown, townIsEmpty } from './load';
import { isTownSize, TOWN_TABLES, TownSize, TownStats, townStats } from './model';

interface Options {
  size: TownSize;
  seed: number;
  databaseUrl: string | null;
  dryRun: boolean;
}

class UsageError extends Error {}

const USAGE = 'usage: town --size S|M|L|XL [--seed N] [--database-url URL] [--dry-run]';

export function parseArguments(args: readonly string[], env: NodeJS.ProcessEnv): Options {
  const options: Options = {
    size: 'S',
    seed: 1,
    databaseUrl: env['DATABASE_URL'] || null,
    dryRun: false,
  };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    if (flag === '--size') {
      const size = value().toUpperCase();
      if (!isTownSize(size)) throw new UsageError('--size must be S, M, L or XL.');
      options.size = size;
    } else if (flag === '--seed') {
      const seed = Number(value());
      if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1)
        throw new UsageError('--seed must be a whole number from 0 to 4294967295.');
      options.seed = seed;
    } else if (flag === '--database-url') {
      options.databaseUrl = value();
    } else if (flag === '--dry-run') {
      options.dryRun = true;
    } else {
      throw new UsageError(`Unknown argument ${flag}.`);
    }
  }
  if (!options.dryRun && !options.databaseUrl)
    throw new UsageError('Give --database-url (or set DATABASE_URL), or use --dry-run.');
  return options;
}

function printStats(stats: TownStats): void {
  let total = 0;
  for (const table of TOWN_TABLES) {
    total += stats[table];
    console.log(`  ${table.padEnd(14)}${stats[table].toLocaleString('en-GB').padStart(12)}`);
  }
  console.log(`  ${'total'.padEnd(14)}${total.toLocaleString('en-GB').padStart(12)}`);
}

const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2), process.env);
  const started = performance.now();
  const town = generateTown(options.size, options.seed);
  const generated = performance.now();
  if (options.dryRun || !options.databaseUrl) {
    console.log(
      `Town ${options.size} (seed ${options.seed}) generated in ${seconds(started, generated)}; nothing loaded (dry run).`,
    );
    printStats(townStats(town));
    return;
  }

  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    // The same seed gives the same ids, and two towns in one database make no sense: load into an empty one.
    if (!(await townIsEmpty(client)))
      throw new UsageError('The database already holds people; load a town into a fresh database.');
    const expected = townStats(town);
    const stats = await loadGeneratedTown(client, town, ({ table, rows }) => {
      if (rows === expected[table]) console.error(`  loaded ${table}`);
    });
    const loaded = performance.now();
    console.log(
      `Town ${options.size} (seed ${options.seed}) generated in ${seconds(started, generated)}, loaded in ${seconds(generated, loaded)}.`,
    );
    printStats(stats);
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
