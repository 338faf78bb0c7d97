import type { INestApplication } from '@nestjs/common';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { Client as WsClient, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApi } from '../../src/bootstrap';
import { AppConfig, readConfig } from '../../src/config/app-config';
import { DATA_SOURCE } from '../../src/database/tokens';
import { createLogger } from '../../src/logging/logger';
import { createTestDatabase } from './test-database';
import type { MailMessage } from '../../src/identity/mail-transport';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A caller: anonymous, or signed in with its own session cookie. */
export interface Caller {
  /** POSTs an operation to /graphql as this caller. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  subscriptionClient(): WsClient;
}

export interface Member extends Caller {
  personId: string;
  email: string;
  password: string;
  /** The session cookie (`village_session=…`). */
  cookie: string;
}

export interface SignUpOptions {
  email?: string;
  password?: string;
  profile?: Record<string, unknown>;
}

export interface TestApi extends Caller {
  url: string;
  databaseUrl: string;
  dataSource: DataSource;
  /** The Nest application, for reaching a provider a test drives directly (a background sweep). */
  app: INestApplication;
  /** Emails the API sent (password resets), newest last. */
  mail: MailMessage[];
  /** Signs up a new member through the API and returns them signed in. */
  signUp(displayName?: string, options?: SignUpOptions): Promise<Member>;
  /** Signs in through the API; returns the session cookie or the errors. */
  signIn(
    email: string,
    password: string,
  ): Promise<{ cookie: string | null; response: GraphQLResponse }>;
  /** A caller using this cookie. */
  as(cookie: string | null): Caller;
  /** Gives a member a town-wide role (as an admin would, straight in the database). */
  grantRole(member: Member, role: 'ADMIN' | 'SAFEGUARDING_LEAD'): Promise<void>;
  /** Counts SQL statements run while `work` runs (for N+1 checks). */
  countQueries(work: () => Promise<unknown>): Promise<number>;
  close(): Promise<void>;
}

let signUps = 0;

/**
 * Boots the real API (migrations, Nest, Apollo, graphql-ws) on a free port and its own fresh database,
 * or on `overrides.databaseUrl` to share another test API's database (that one drops it).
 */
export async function startTestApi(overrides: Partial<AppConfig> = {}): Promise<TestApi> {
  const database = overrides.databaseUrl
    ? { url: overrides.databaseUrl, drop: async () => undefined }
    : await createTestDatabase();
  // Test defaults (response cache and rate limits off) unless the spec turns something on.
  const config: AppConfig = {
    ...readConfig({ NODE_ENV: 'test' }),
    port: 0,
    logLevel: 'silent',
    ...overrides,
    databaseUrl: database.url,
  };
  const mail: MailMessage[] = [];
  const api = await startApi(config, createLogger(config.logLevel), {
    mail: { send: async (message) => void mail.push(message) },
  });
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

  const wsUrl = `${api.url.replace('http', 'ws')}/graphql`;
  const as = (cookie: string | null): Caller => ({
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    subscriptionClient() {
      // Node's WebSocket sends the cookie on the upgrade request, as a browser would.
      class CookieWebSocket extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, cookie ? { headers: { cookie } } : {});
        }
      }
      const client = createClient({ url: wsUrl, webSocketImpl: CookieWebSocket, retryAttempts: 0 });
      clients.push(client);
      return client;
    },
  });

  async function signIn(email: string, password: string) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($input: SignInInput!) { signIn(input: $input) { person { id } } }`,
        variables: { input: { email, password } },
      }),
    });
    const setCookie = response.headers.get('set-cookie');
    return {
      cookie: setCookie ? setCookie.split(';')[0]! : null,
      response: (await response.json()) as GraphQLResponse,
    };
  }

  return {
    url: api.url,
    databaseUrl: database.url,
    dataSource,
    app: api.app,
    mail,
    ...as(null),
    as,
    signIn,
    async signUp(displayName = 'Amira B.', options: SignUpOptions = {}) {
      const email = options.email ?? `member${++signUps}-${Date.now()}@example.test`;
      const password = options.password ?? 'a long enough password';
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation ($input: SignUpInput!) { signUp(input: $input) { person { id } } }`,
          variables: { input: { email, password, profile: { displayName, ...options.profile } } },
        }),
      });
      const body = (await response.json()) as GraphQLResponse;
      const cookie = response.headers.get('set-cookie')?.split(';')[0];
      if (!body.data || !cookie) throw new Error(`sign-up failed: ${JSON.stringify(body.errors)}`);
      return {
        ...as(cookie),
        personId: body.data['signUp'].person.id,
        email,
        password,
        cookie,
      };
    },
    async grantRole(member, role) {
      await dataSource.query(
        `UPDATE account SET roles = array_append(roles, $2::account_role) WHERE person_id = $1`,
        [member.personId, role],
      );
    },
    async countQueries(work) {
      counting = 0;
      await work();
      const total = counting;
      counting = null;
      return total;
    },
    async close() {
      await Promise.all(clients.map((client) => client.dispose()));
      await api.close();
      await database.drop();
    },
  };
}
