import { resolve } from 'node:path';

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
  return {
    nodeEnv,
    host: env['HOST'] || '127.0.0.1',
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    dataDir: resolve(env['DATA_DIR'] || '.village-data'),
    logLevel,
    demoTown: demoTown as DemoTownSize | null,
    demoTownSeed: integer(env, 'DEMO_TOWN_SEED', 1, 0, 2 ** 31 - 1),
    webDist: env['WEB_DIST'] ? resolve(env['WEB_DIST']) : null,
    embeddedPostgresPort: embeddedPort === 0 ? null : embeddedPort,
  };
}
