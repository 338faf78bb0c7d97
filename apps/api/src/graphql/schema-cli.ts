/**
 * Prints the code-first schema to apps/api/schema.gql (the web client's codegen reads that file).
 *   write   regenerate the file
 *   check   exit 1 when the committed file is stale
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { readConfig } from '../config/app-config';
import { createDataSource } from '../database/data-source';
import { createLogger } from '../logging/logger';
import { createPubSub } from '../realtime/pub-sub';

const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');
const HEADER = '# Generated from the API code by `nx run api:schema`. Do not edit.\n\n';

async function main() {
  const mode = process.argv[2];
  const logger = createLogger('silent');
  // Building the schema needs the modules, not a database: this DataSource is never connected.
  const dataSource = createDataSource('postgres://unused@127.0.0.1:1/unused');
  const config = { ...readConfig({}), nodeEnv: 'test' as const };
  const app = await NestFactory.create(
    AppModule.forRoot({ config, dataSource, logger, pubSub: createPubSub(null) }),
    { logger: false },
  );
  await app.init();
  const schema =
    HEADER + printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
  await app.close();
  if (mode === 'write') {
    await writeFile(SCHEMA_FILE, schema);
    console.log(`Wrote ${SCHEMA_FILE}`);
  } else if (mode === 'check') {
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (committed !== schema) {
      console.error(
        'apps/api/schema.gql is stale: run `npx nx run api:schema` and commit the result.',
      );
      process.exitCode = 1;
    } else {
      console.log('apps/api/schema.gql is up to date.');
    }
  } else {
    console.error('usage: schema-cli write | check');
    process.exitCode = 2;
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
