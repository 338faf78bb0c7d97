/**
 * The floor for the nearby-sessions benchmark: a bare `node:http` endpoint that takes the same
 * GraphQL request body and runs the same SQL statement the API runs for `sessionSearch` (the first
 * round of candidates, each with its session, space and group), over `pg`, and answers with the
 * rows as JSON. No GraphQL, no framework, no recurrence rules: what is left is the cost of HTTP,
 * PostgreSQL and JSON.
 *
 *   node floor-server.js   (DATABASE_URL, POOL_SIZE; prints `listening <url>` when ready)
 */
import 'reflect-metadata';
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { createDataSource } from '../../../apps/api/src/data-source';
import {
  candidateQuery,
  criteriaOf,
  wholeRowColumns,
} from '../../../apps/api/src/discovery/discovery.service';
import type { SessionSearchArgs } from '../../../apps/api/src/discovery/dto/session-search.args';
import { originOf } from '../../../apps/api/src/discovery/near';

const pool = new Pool({
  connectionString: process.env['DATABASE_URL'],
  max: Number(process.env['POOL_SIZE'] ?? 10),
});

async function search(wholeRows: string, variables: SessionSearchArgs & { first: number }) {
  const { sql, params } = candidateQuery(
    originOf(variables),
    variables.withinMetres ?? null,
    criteriaOf(variables, new Date()),
    // The service's first round asks for one page and one more (discovery.service.ts).
    variables.first + 1,
    null,
    null,
    wholeRows,
  );
  return (await pool.query(sql, params)).rows;
}

async function main(): Promise<void> {
  // TypeORM only lists the entities' columns, exactly as the API's statement has them.
  const metadata = createDataSource(process.env['DATABASE_URL']!, 1);
  await metadata.initialize();
  const wholeRows = wholeRowColumns(metadata);
  await metadata.destroy();

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        variables: SessionSearchArgs & { first: number };
      };
      search(wholeRows, body.variables).then(
        (sessions) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ data: { sessions } }));
        },
        (error: Error) => {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ errors: [{ message: error.message }] }));
        },
      );
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address && typeof address === 'object')
      console.log(`listening http://127.0.0.1:${address.port}`);
  });
  process.on('SIGTERM', () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
