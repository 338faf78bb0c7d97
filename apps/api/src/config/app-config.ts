import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import {
  DEFAULT_DIRECTIONS_URL,
  DEFAULT_MAP_TILE_ATTRIBUTION,
  DEFAULT_MAP_TILE_URL,
} from '@village/shared';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export type DemoTownSize = 'S' | 'M' | 'L';

/** Everything the API reads from its environment, read and checked once at start. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Any PostgreSQL ≥ 15; when absent the API runs an embedded server under `dataDir`. */
  databaseUrl: string | null;
  /** When set, subscriptions travel over Redis so several API processes share them. */
  redisUrl: string | null;
  dataDir: string;
  logLevel: LogLevel;
  /** Seed this synthetic town when the database holds no people yet. */
  demoTown: DemoTownSize | null;
  demoTownSeed: number;
  /** Built web client to serve at `/`, if any. */
  webDist: string | null;
  /** Port of the embedded server; a free one when unset. */
  embeddedPostgresPort: number | null;
  /** Where people reach the web app; links in emails start with it. */
  publicUrl: string;
  /** The SMTP server mail goes through; null: mail goes to the log (development) or nowhere. */
  smtpUrl: string | null;
  /** The From of every email Village sends. */
  mailFrom: string;
  /** Session cookies only over HTTPS (on in production). */
  secureCookies: boolean;
  /** Distinct origin cells one account may search for nearby parents from, per hour. */
  peopleSearchOriginsPerHour: number;
  /**
   * Express "trust proxy": which proxies' X-Forwarded-For to believe when working out a client's IP
   * address for rate limits. `false` (the default) believes none; a number, that many hops; else
   * addresses/names.
   */
  trustProxy: boolean | number | string;
  /** Requests a minute to /graphql from one IP address; 0 is off; null is the default (600; off in test). */
  rateLimitPerMinuteIp: number | null;
  /** Requests a minute to /graphql from one session; 0 is off; null is the default (300; off in test). */
  rateLimitPerMinuteUser: number | null;
  /** Accept only the operations in the web client's trusted-documents manifest (on in production). */
  trustedDocuments: boolean;
  /** The manifest graphql-codegen writes (persisted-documents.json). */
  trustedDocumentsManifest: string;
  /** Origins besides PUBLIC_URL's whose pages may open the WebSocket (docs/security.md). */
  websocketOrigins: string[];
  /** Open WebSockets from one IP address (per process); 0 is off; null is the default (50; off in test). */
  websocketConnectionsPerIp: number | null;
  /** Subscriptions running at once on one WebSocket. */
  websocketSubscriptionsPerSocket: number;
  /** Bytes of one WebSocket message; a larger one closes the socket (1009). */
  websocketMaxMessageBytes: number;
  /** Seconds answers to public searches are kept (0 is off; off under NODE_ENV=test unless set). */
  responseCacheSeconds: number;
  /** A Nominatim-compatible geocoder for searching from an address; null: postcodes only. */
  geocoderUrl: string | null;
  /** How long one geocoder request may take before the search says it cannot find the address. */
  geocoderTimeoutMs: number;
  /** Map tiles the web draws under its markers (`{z}/{x}/{y}`); null: markers on a plain background. */
  mapTileUrl: string | null;
  /** The credit the tile service asks for, shown on the map. */
  mapTileAttribution: string;
  /** A directions link to a place, with `{lat}` and `{lng}`. */
  directionsUrl: string;
  /** When the social-graph analysis runs by itself (cron, town time); null: only on demand. */
  graphAnalysisSchedule: string | null;
  /** Complete social-graph snapshots kept; older ones are deleted after each run. */
  graphAnalysisKeep: number;
  /** A worker that stops sending heartbeats for this long has its analysis job retried. */
  graphAnalysisHeartbeatSeconds: number;
  /** `main` starts one analytics worker process beside the API (`off` when workers run elsewhere). */
  graphAnalysisWorker: boolean;
}

export class ConfigError extends Error {}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

function integer(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  }
  return value;
}

function url(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (!raw) return null;
  try {
    const parsed = new URL(raw);
    if (!protocols.includes(parsed.protocol)) throw new Error();
    return raw;
  } catch {
    throw new ConfigError(`${name} must be a ${protocols.join(' or ')}// URL.`);
  }
}

/** Where the built API finds the web client's manifest: the same relative path in the repo and in dist/api. */
const DEFAULT_MANIFEST = resolve(__dirname, '../../../web/src/gql/persisted-documents.json');

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxy(env: NodeJS.ProcessEnv): boolean | number | string {
  const raw = (env['TRUST_PROXY'] ?? '').trim();
  // Believing X-Forwarded-For from anyone lets any client pick the address its limits count against.
  if (raw === '') return false;
  if (raw === 'false' || raw === 'off') return false;
  if (raw === 'true' || raw === 'on') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const entries = raw.split(',').map((entry) => entry.trim());
  const valid = (entry: string) => {
    const [address = '', bits, ...rest] = entry.split('/');
    return (
      PROXY_NAMES.includes(entry) ||
      (isIP(address) !== 0 && rest.length === 0 && (bits === undefined || /^\d+$/.test(bits)))
    );
  };
  if (!entries.every(valid))
    throw new ConfigError(
      `TRUST_PROXY must be off, on, a number of hops, or addresses, subnets and ${PROXY_NAMES.join('/')} separated by commas.`,
    );
  return entries.join(', ');
}

function origins(env: NodeJS.ProcessEnv, name: string): string[] {
  const raw = (env[name] ?? '').trim();
  if (raw === '') return [];
  return raw.split(',').map((entry) => {
    const text = entry.trim();
    let origin: string | null = null;
    try {
      const parsed = new URL(text);
      if (
        ['http:', 'https:'].includes(parsed.protocol) &&
        parsed.origin === text.replace(/\/$/, '')
      )
        origin = parsed.origin;
    } catch {
      // Reported below.
    }
    if (!origin)
      throw new ConfigError(
        `${name} must be origins such as https://village.example separated by commas, not "${text}".`,
      );
    return origin;
  });
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'on' || raw === 'true') return true;
  if (raw === 'off' || raw === 'false') return false;
  throw new ConfigError(`${name} must be on or off, not "${raw}".`);
}

/** An http(s) URL template holding each of `parts` (`{z}`, `{lat}`…), or the default. */
function template(env: NodeJS.ProcessEnv, name: string, fallback: string, parts: string[]): string {
  const raw = env[name];
  if (!raw) return fallback;
  const missing = parts.filter((part) => !raw.includes(part));
  if (!/^https?:\/\/[^/]+/.test(raw) || missing.length)
    throw new ConfigError(
      `${name} must be an http(s) URL with ${parts.join(', ')} in it${missing.length ? ` (no ${missing.join(', ')})` : ''}.`,
    );
  return raw;
}

const CRON = /^(\S+\s+){4}\S+$/;

function schedule(env: NodeJS.ProcessEnv, name: string, fallback: string): string | null {
  const raw = (env[name] ?? '').trim();
  if (raw === '') return fallback;
  if (raw === 'off') return null;
  if (!CRON.test(raw))
    throw new ConfigError(
      `${name} must be a cron expression of five fields (minute hour day month weekday) or off, not "${raw}".`,
    );
  return raw;
}

function optionalInteger(env: NodeJS.ProcessEnv, name: string, max: number): number | null {
  return env[name] === undefined || env[name] === '' ? null : integer(env, name, 0, 0, max);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv =
    env['NODE_ENV'] === 'production' || env['NODE_ENV'] === 'test'
      ? env['NODE_ENV']
      : 'development';
  const logLevel = (env['LOG_LEVEL'] ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  const demoTown = env['DEMO_TOWN'] ? env['DEMO_TOWN'].toUpperCase() : null;
  if (demoTown !== null && !['S', 'M', 'L'].includes(demoTown))
    throw new ConfigError('DEMO_TOWN must be S, M or L.');
  const embeddedPort = integer(env, 'EMBEDDED_POSTGRES_PORT', 0, 0, 65535);
  const host = env['HOST'] || '127.0.0.1';
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']) ?? `http://${host}:${port}`;
  const trustedDocuments = onOff(env, 'TRUSTED_DOCUMENTS', nodeEnv === 'production');
  const trustedDocumentsManifest = env['TRUSTED_DOCUMENTS_MANIFEST']
    ? resolve(env['TRUSTED_DOCUMENTS_MANIFEST'])
    : DEFAULT_MANIFEST;
  if (trustedDocuments && !existsSync(trustedDocumentsManifest))
    throw new ConfigError(
      `TRUSTED_DOCUMENTS is on but there is no manifest at ${trustedDocumentsManifest} (web:codegen writes it, api:build copies it): set TRUSTED_DOCUMENTS_MANIFEST, or TRUSTED_DOCUMENTS=off.`,
    );
  return {
    nodeEnv,
    host,
    port,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    dataDir: resolve(env['DATA_DIR'] || '.village-data'),
    logLevel,
    demoTown: demoTown as DemoTownSize | null,
    demoTownSeed: integer(env, 'DEMO_TOWN_SEED', 1, 0, 2 ** 31 - 1),
    webDist: env['WEB_DIST'] ? resolve(env['WEB_DIST']) : null,
    embeddedPostgresPort: embeddedPort === 0 ? null : embeddedPort,
    publicUrl: publicUrl.replace(/\/$/, ''),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env['MAIL_FROM'] || 'Village <village@localhost>',
    secureCookies: nodeEnv === 'production' || publicUrl.startsWith('https:'),
    peopleSearchOriginsPerHour: integer(env, 'PEOPLE_SEARCH_ORIGINS_PER_HOUR', 10, 1, 1_000_000),
    trustProxy: trustProxy(env),
    rateLimitPerMinuteIp: optionalInteger(env, 'RATE_LIMIT_PER_MINUTE_IP', 1_000_000),
    rateLimitPerMinuteUser: optionalInteger(env, 'RATE_LIMIT_PER_MINUTE_USER', 1_000_000),
    trustedDocuments,
    trustedDocumentsManifest,
    websocketOrigins: origins(env, 'WEBSOCKET_ORIGINS'),
    websocketConnectionsPerIp: optionalInteger(env, 'WEBSOCKET_CONNECTIONS_PER_IP', 1_000_000),
    websocketSubscriptionsPerSocket: integer(
      env,
      'WEBSOCKET_SUBSCRIPTIONS_PER_SOCKET',
      50,
      1,
      10_000,
    ),
    websocketMaxMessageBytes: integer(
      env,
      'WEBSOCKET_MAX_MESSAGE_BYTES',
      100 * 1024,
      1024,
      10 * 1024 * 1024,
    ),
    responseCacheSeconds: integer(
      env,
      'RESPONSE_CACHE_SECONDS',
      nodeEnv === 'test' ? 0 : 30,
      0,
      3600,
    ),
    geocoderUrl: url(env, 'GEOCODER_URL', ['http:', 'https:']),
    geocoderTimeoutMs: integer(env, 'GEOCODER_TIMEOUT_MS', 3000, 100, 60_000),
    mapTileUrl:
      env['MAP_TILE_URL'] === 'off'
        ? null
        : template(env, 'MAP_TILE_URL', DEFAULT_MAP_TILE_URL, ['{z}', '{x}', '{y}']),
    mapTileAttribution: env['MAP_TILE_ATTRIBUTION'] || DEFAULT_MAP_TILE_ATTRIBUTION,
    directionsUrl: template(env, 'DIRECTIONS_URL', DEFAULT_DIRECTIONS_URL, ['{lat}', '{lng}']),
    graphAnalysisSchedule: schedule(env, 'GRAPH_ANALYSIS_SCHEDULE', '0 3 * * *'),
    graphAnalysisKeep: integer(env, 'GRAPH_ANALYSIS_KEEP', 30, 1, 10_000),
    graphAnalysisHeartbeatSeconds: integer(env, 'GRAPH_ANALYSIS_HEARTBEAT_SECONDS', 30, 10, 3600),
    graphAnalysisWorker: onOff(env, 'GRAPH_ANALYSIS_WORKER', true),
  };
}
