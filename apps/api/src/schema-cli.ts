/**
 * Prints the code-first schema to apps/api/schema.gql (the web client's codegen reads that file).
 *   write   regenerate the file
 *   check   exit 1 when the committed file is stale
 */
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildAppSchema } from './build-schema';

const SCHEMA_FILE = join(process.cwd(), 'apps/api/schema.gql');
const HEADER = '# Generated from the API code by `nx run api:schema`. Do not edit.\n\n';

async function main() {
  const mode = process.argv[2];
  const schema = HEADER + printSchema(lexicographicSortSchema(await buildAppSchema())) + '\n';
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
