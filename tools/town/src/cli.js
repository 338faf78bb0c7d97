"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseArguments = parseArguments;
/**
 * Generates a synthetic town and loads it into a PostgreSQL database whose migrations are applied.
 *
 *   town --size S|M|L [--seed N] [--database-url URL] [--dry-run]
 *
 * The URL defaults to DATABASE_URL. `--dry-run` only generates the town and prints its counts.
 */
const pg_1 = require("pg");
const node_perf_hooks_1 = require("node:perf_hooks");
const generate_1 = require("./generate");
const load_1 = require("./load");
const model_1 = require("./model");
class UsageError extends Error {
}
const USAGE = 'usage: town --size S|M|L [--seed N] [--database-url URL] [--dry-run]';
function parseArguments(args, env) {
    const options = {
        size: 'S',
        seed: 1,
        databaseUrl: env['DATABASE_URL'] || null,
        dryRun: false,
    };
    for (let i = 0; i < args.length; i++) {
        const flag = args[i];
        const value = () => {
            const next = args[++i];
            if (next === undefined)
                throw new UsageError(`${flag} needs a value.`);
            return next;
        };
        if (flag === '--size') {
            const size = value().toUpperCase();
            if (size !== 'S' && size !== 'M' && size !== 'L')
                throw new UsageError('--size must be S, M or L.');
            options.size = size;
        }
        else if (flag === '--seed') {
            const seed = Number(value());
            if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1)
                throw new UsageError('--seed must be a whole number from 0 to 4294967295.');
            options.seed = seed;
        }
        else if (flag === '--database-url') {
            options.databaseUrl = value();
        }
        else if (flag === '--dry-run') {
            options.dryRun = true;
        }
        else {
            throw new UsageError(`Unknown argument ${flag}.`);
        }
    }
    if (!options.dryRun && !options.databaseUrl)
        throw new UsageError('Give --database-url (or set DATABASE_URL), or use --dry-run.');
    return options;
}
function printStats(stats) {
    let total = 0;
    for (const table of model_1.TOWN_TABLES) {
        total += stats[table];
        console.log(`  ${table.padEnd(14)}${stats[table].toLocaleString('en-GB').padStart(12)}`);
    }
    console.log(`  ${'total'.padEnd(14)}${total.toLocaleString('en-GB').padStart(12)}`);
}
const seconds = (from, to) => `${((to - from) / 1000).toFixed(1)} s`;
async function main() {
    const options = parseArguments(process.argv.slice(2), process.env);
    const started = node_perf_hooks_1.performance.now();
    const town = (0, generate_1.generateTown)(options.size, options.seed);
    const generated = node_perf_hooks_1.performance.now();
    if (options.dryRun || !options.databaseUrl) {
        console.log(`Town ${options.size} (seed ${options.seed}) generated in ${seconds(started, generated)}; nothing loaded (dry run).`);
        printStats((0, model_1.townStats)(town));
        return;
    }
    const client = new pg_1.Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
        // The same seed gives the same ids, and two towns in one database make no sense: load into an empty one.
        if (!(await (0, load_1.townIsEmpty)(client)))
            throw new UsageError('The database already holds people; load a town into a fresh database.');
        const expected = (0, model_1.townStats)(town);
        const stats = await (0, load_1.loadGeneratedTown)(client, town, ({ table, rows }) => {
            if (rows === expected[table])
                console.error(`  loaded ${table}`);
        });
        const loaded = node_perf_hooks_1.performance.now();
        console.log(`Town ${options.size} (seed ${options.seed}) generated in ${seconds(started, generated)}, loaded in ${seconds(generated, loaded)}.`);
        printStats(stats);
    }
    finally {
        await client.end();
    }
}
if (require.main === module) {
    main().catch((error) => {
        console.error(error instanceof UsageError ? `${error.message}\n${USAGE}` : error);
        process.exitCode = error instanceof UsageError ? 2 : 1;
    });
}
