import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { Client as WsClient, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApi } from '../../src/bootstrap';
import { AppConfig, readConfig } from '../../src/config/app-config';
import { DATA_SOURCE } from '../../src/database/tokens';
import { createLogger } from '../../src/logging/logger';
import { createTestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApi {
  url: string;
  databaseUrl: string;
  dataSource: DataSource;
  /** POSTs an operation to /graphql. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Counts SQL statements run while `work` runs (for N+1 checks). */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  subscriptionClient(): WsClient;
  close(): Promise<void>;
}

/**
 * Boots the real API (migrations, Nest, Apollo, graphql-ws) on a free port and its own fresh database,
 * or on `overrides.databaseUrl` to share another test API's database (that one drops it).
 */
export async function startTestApi(overrides: Partial<AppConfig> = {}): Promise<TestApi> {
  const database = overrides.databaseUrl
    ? { url: overrides.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  const config: AppConfig = {
    ...readConfig({}),
    nodeEnv: 'test',
    port: 0,
    logLevel: 'silent',
    ...overrides,
    databaseUrl: database.url,
  };
  const api = await startApi(config, createLogger(config.logLevel));
  const dataSource = api.app.get<DataSource>(DATA_SOURCE);

  let counting: number | null = null;
  const countingLogger: TypeOrmLogger = {
    logQuery: () => {
      if (counting !== null) counting++;
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  Object.defineProperty(dataSource, 'logger', { value: countingLogger });
  const clients: WsClient[] = [];

  return {
    url: api.url,
    databaseUrl: database.url,
    dataSource,
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    async countQueries(work) {
      counting = 0;
      await work();
      const total = counting;
      counting = null;
      return total;
    },
    subscriptionClient() {
      const client = createClient({
        url: `${api.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
      });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await api.close();
      await database.drop();
    },
  };
}
