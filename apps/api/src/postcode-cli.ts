/**
 * Loads UK postcodes into the postcode table from the ONS Postcode Directory (ONSPD) or the
 * National Statistics Postcode Lookup (NSPL), the CSV in the download's Data folder:
 *
 *   postcode-cli import <file.csv | -> [--database-url URL]
 *
 * The file is streamed (the whole country is about 2.7 million lines); live postcodes are added or
 * refreshed, terminated ones (`doterm` set) skipped and removed if an earlier import had them. The
 * URL defaults to DATABASE_URL; migrations are applied first. Progress goes to stderr, a summary to
 * stdout. Exit codes: 0 done, 1 failed, 2 usage, 3 loaded but some lines could not be read.
 */
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { createDataSource } from './data-source';
import { openDatabase } from './database/database';
import { createLogger } from './logging/logger';
import { importOnsPostcodes, PostcodeImportResult } from './places/postcode-import';

export interface PostcodeCliOptions {
  file: string;
  databaseUrl: string;
}

export class UsageError extends Error {}

const USAGE = 'usage: postcode-cli import <file.csv | -> [--database-url URL]';

export function parseArguments(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): PostcodeCliOptions {
  const [command, ...rest] = args;
  if (command !== 'import') throw new UsageError('Say what to do: import.');
  let file: string | null = null;
  let databaseUrl = env['DATABASE_URL'] || '';
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (flag === '--database-url') {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value.`);
      databaseUrl = next;
    } else if ((flag === '-' || !flag.startsWith('--')) && file === null) file = flag;
    else throw new UsageError(`Unknown argument ${flag}.`);
  }
  if (!file) throw new UsageError('Give the CSV file to import (or - for standard input).');
  if (!databaseUrl) throw new UsageError('Give --database-url (or set DATABASE_URL).');
  return { file, databaseUrl };
}

export function summary(result: PostcodeImportResult, seconds: number): string[] {
  return [
    `Imported in ${seconds.toFixed(1)} s:`,
    `  live postcodes loaded   ${result.loaded}`,
    `  terminated, skipped     ${result.terminated}`,
    `  without a position      ${result.unplaced}`,
    `  removed (now gone)      ${result.removed}`,
    ...(result.invalid ? [`  lines not read          ${result.invalid}`] : []),
    ...result.problems.map((problem) => `warning: ${problem}`),
  ];
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2), process.env);
  let input: Readable = process.stdin;
  if (options.file !== '-') {
    await access(options.file).catch((error: Error) => {
      throw new UsageError(`Cannot read ${options.file}: ${error.message}`);
    });
    input = createReadStream(options.file);
  }
  const logger = createLogger('warn');
  const database = await openDatabase(
    { databaseUrl: options.databaseUrl, dataDir: '', embeddedPort: null, createDataSource },
    logger,
  );
  try {
    const started = performance.now();
    const result = await importOnsPostcodes(database.dataSource, input, (lines) =>
      console.error(`  ${lines} lines read`),
    );
    for (const line of summary(result, (performance.now() - started) / 1000)) console.log(line);
    if (result.invalid > 0) process.exitCode = 3;
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(
      error instanceof UsageError
        ? `${error.message}\n${USAGE}`
        : error instanceof Error
          ? error.message
          : error,
    );
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
