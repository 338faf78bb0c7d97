/**
 * Town load benchmark: migrates a fresh scratch database, loads a synthetic town into it with
 * `loadTown` (generation, COPY and ANALYZE, as the API does on first start) and prints one Markdown
 * table row with the rows per table, the elapsed seconds and rows per second.
 *
 *   node town-load.js [--size S|M|L] [--seed N] [--header] [--keep]
 *
 * The scratch database is created on the server in DATABASE_URL (the database named there is not
 * touched), or on an ephemeral embedded PostgreSQL when DATABASE_URL is unset; it is dropped
 * afterwards unless --keep is given. Compile it with the API's swc config, which maps @village/town.
 */
import 'reflect-metadata';
import { isTownSize, loadTown, TOWN_TABLES, TownSize, TownStats } from '@village/town';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { migrate, withScratchDatabase } from './scratch-database';

interface BenchOptions {
  size: TownSize;
  seed: number;
  header: boolean;
  keep: boolean;
}

function parseOptions(args: readonly string[]): BenchOptions {
  const options: BenchOptions = { size: 'L', seed: 1, header: false, keep: false };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === '--size') {
      const size = args[++i]?.toUpperCase() ?? '';
      if (!isTownSize(size)) throw new Error('--size must be S, M, L or XL.');
      options.size = size;
    } else if (flag === '--seed') {
      options.seed = Number(args[++i]);
      if (!Number.isInteger(options.seed) || options.seed < 0)
        throw new Error('--seed must be a whole number.');
    } else if (flag === '--header') {
      options.header = true;
    } else if (flag === '--keep') {
      options.keep = true;
    } else {
      throw new Error(
        `usage: town-load [--size S|M|L] [--seed N] [--header] [--keep] (unknown ${flag})`,
      );
    }
  }
  return options;
}

async function load(
  url: string,
  options: BenchOptions,
): Promise<{ stats: TownStats; seconds: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const stats = await loadTown(client, { size: options.size, seed: options.seed });
    return { stats, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.header) {
    const columns = ['size', 'seed', ...TOWN_TABLES, 'rows', 'seconds', 'rows/s', 'server'];
    console.log(`| ${columns.join(' | ')} |`);
    console.log(`|${columns.map(() => ' ---: ').join('|')}|`);
  }
  await withScratchDatabase(options.keep, async (url, server) => {
    await migrate(url);
    const { stats, seconds } = await load(url, options);
    const rows = TOWN_TABLES.reduce((sum, table) => sum + stats[table], 0);
    const cells = [
      options.size,
      options.seed,
      ...TOWN_TABLES.map((table) => stats[table]),
      rows,
      seconds.toFixed(1),
      Math.round(rows / seconds),
      server,
    ];
    console.log(`| ${cells.join(' | ')} |`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
