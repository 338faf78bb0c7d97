/**
 * Open Referral (HSDS 3.0 / ORUK) import and export against a database, for directories too big to
 * send through GraphQL (its request body is limited to 100 kB):
 *
 *   oruk-cli import <file.json> [--source NAME] [--database-url URL]
 *   oruk-cli export [--out FILE] [--database-url URL]
 *
 * The URL defaults to DATABASE_URL; migrations are applied first. Import prints progress per record
 * type to stderr and a summary to stdout. Exit codes: 0 done, 1 failed, 2 usage, 3 imported but
 * some records were refused (each listed with its id and the reason).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createDataSource } from './data-source';
import { openDatabase } from './database/database';
import { DomainError } from './graphql/domain-error';
import { createLogger } from './logging/logger';
import { OpenReferralExporter } from './oruk/oruk-export.service';
import {
  ImportProgress,
  OpenReferralImporter,
  OrukImportResult,
  RecordCounts,
} from './oruk/oruk-import.service';

export interface CliOptions {
  command: 'import' | 'export';
  file: string | null;
  source: string | undefined;
  out: string | null;
  databaseUrl: string;
}

export class UsageError extends Error {}

const USAGE =
  'usage: oruk-cli import <file.json> [--source NAME] [--database-url URL]\n' +
  '       oruk-cli export [--out FILE] [--database-url URL]';

export function parseArguments(args: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  const [command, ...rest] = args;
  if (command !== 'import' && command !== 'export')
    throw new UsageError('Say what to do: import or export.');
  let file: string | null = null;
  let source: string | undefined;
  let out: string | null = null;
  let databaseUrl = env['DATABASE_URL'] || '';
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value.`);
      return next;
    };
    if (flag === '--database-url') databaseUrl = value();
    else if (flag === '--source' && command === 'import') source = value();
    else if (flag === '--out' && command === 'export') out = value();
    else if (!flag.startsWith('--') && command === 'import' && file === null) file = flag;
    else throw new UsageError(`Unknown argument ${flag}.`);
  }
  if (command === 'import' && !file) throw new UsageError('Give the file to import.');
  if (!databaseUrl) throw new UsageError('Give --database-url (or set DATABASE_URL).');
  return { command, file, source, out, databaseUrl };
}

const PLURAL = { organization: 'organizations', location: 'locations', service: 'services' };

function describeCounts(counts: RecordCounts): string {
  return (['created', 'updated', 'unchanged', 'removed', 'failed', 'skipped'] as const)
    .filter((key) => counts[key] > 0)
    .map((key) => `${counts[key]} ${key}`)
    .join(', ');
}

/** A progress line every 5% of a record type, and at its end. */
export function progressPrinter(write: (line: string) => void): (p: ImportProgress) => void {
  return (progress) => {
    const step = Math.max(1, Math.ceil(progress.total / 20));
    if (progress.done % step !== 0 && progress.done !== progress.total) return;
    write(
      `  ${PLURAL[progress.recordType].padEnd(14)}${`${progress.done}/${progress.total}`.padStart(12)}  ${describeCounts(progress.counts)}`,
    );
  };
}

export function summary(result: OrukImportResult, seconds: number): string[] {
  const lines = [`Imported in ${seconds.toFixed(1)} s:`];
  for (const [name, counts] of [
    ['organizations → groups', result.organizations],
    ['locations → spaces', result.locations],
    ['services', result.services],
    ['sessions', result.sessions],
  ] as const)
    lines.push(
      `  ${name.padEnd(24)}${String(counts.total).padStart(6)}  ${describeCounts(counts)}`,
    );
  for (const error of result.errors)
    lines.push(`error: ${error.recordType} ${error.recordId}: ${error.message}`);
  for (const warning of result.warnings)
    lines.push(`warning: ${warning.recordType} ${warning.recordId}: ${warning.message}`);
  return lines;
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2), process.env);
  const logger = createLogger('warn');
  const database = await openDatabase(
    { databaseUrl: options.databaseUrl, dataDir: '', embeddedPort: null, createDataSource },
    logger,
  );
  try {
    if (options.command === 'export') {
      const json = await new OpenReferralExporter(database.dataSource).exportJson();
      if (options.out) await writeFile(options.out, `${json}\n`);
      else process.stdout.write(`${json}\n`);
      return;
    }
    const text = await readFile(options.file!, 'utf8').catch((error: Error) => {
      throw new UsageError(`Cannot read ${options.file}: ${error.message}`);
    });
    const started = performance.now();
    const result = await new OpenReferralImporter(database.dataSource).importJson(text, {
      source: options.source,
      onProgress: progressPrinter((line) => console.error(line)),
    });
    for (const line of summary(result, (performance.now() - started) / 1000)) console.log(line);
    if (result.errors.length > 0) process.exitCode = 3;
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    const known = error instanceof UsageError || error instanceof DomainError;
    console.error(
      error instanceof UsageError
        ? `${error.message}\n${USAGE}`
        : known
          ? (error as Error).message
          : error,
    );
    process.exitCode = error instanceof UsageError ? 2 : 1;
  });
}
