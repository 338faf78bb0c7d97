import { ConfigError, readConfig } from './app-config';

describe('readConfig', () => {
  it('defaults to a local, embedded, private setup', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: null,
      redisUrl: null,
      logLevel: 'info',
      demoTown: null,
      nodeEnv: 'development',
    });
    expect(config.dataDir).toMatch(/\.village-data$/);
  });

  it('reads every documented variable', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@db:5432/village',
      REDIS_URL: 'redis://cache:6379',
      DATA_DIR: '/var/lib/village',
      LOG_LEVEL: 'debug',
      DEMO_TOWN: 's',
      DEMO_TOWN_SEED: '7',
      NODE_ENV: 'production',
      EMBEDDED_POSTGRES_PORT: '54329',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u@db:5432/village',
      redisUrl: 'redis://cache:6379',
      dataDir: '/var/lib/village',
      logLevel: 'debug',
      demoTown: 'S',
      demoTownSeed: 7,
      nodeEnv: 'production',
      embeddedPostgresPort: 54329,
    });
  });

  it.each([
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535, not "70000".'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres: or postgresql:// URL.'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.',
    ],
    [{ DEMO_TOWN: 'XL' }, 'DEMO_TOWN must be S, M or L.'],
  ])('explains a bad value in one sentence: %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(new ConfigError(message));
  });
});
