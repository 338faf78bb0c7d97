import { existsSync } from 'node:fs';
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
    [
      { RATE_LIMIT_PER_MINUTE_IP: '-1' },
      'RATE_LIMIT_PER_MINUTE_IP must be a whole number from 0 to 1000000, not "-1".',
    ],
    [{ TRUSTED_DOCUMENTS: 'maybe' }, 'TRUSTED_DOCUMENTS must be on or off, not "maybe".'],
    [
      { TRUST_PROXY: 'everyone' },
      'TRUST_PROXY must be off, on, a number of hops, or addresses, subnets and loopback/linklocal/uniquelocal separated by commas.',
    ],
    [
      { GRAPH_ANALYSIS_SCHEDULE: 'nightly' },
      'GRAPH_ANALYSIS_SCHEDULE must be a cron expression of five fields (minute hour day month weekday) or off, not "nightly".',
    ],
    [
      { GRAPH_ANALYSIS_HEARTBEAT_SECONDS: '5' },
      'GRAPH_ANALYSIS_HEARTBEAT_SECONDS must be a whole number from 10 to 3600, not "5".',
    ],
  ])('explains a bad value in one sentence: %j', (env, message) => {
    expect(() => readConfig(env)).toThrow(new ConfigError(message));
  });

  it('runs the social-graph analysis at 03:00 with a worker beside the API unless told otherwise', () => {
    expect(readConfig({})).toMatchObject({
      graphAnalysisSchedule: '0 3 * * *',
      graphAnalysisKeep: 30,
      graphAnalysisHeartbeatSeconds: 30,
      graphAnalysisWorker: true,
    });
    expect(
      readConfig({
        GRAPH_ANALYSIS_SCHEDULE: 'off',
        GRAPH_ANALYSIS_KEEP: '3',
        GRAPH_ANALYSIS_HEARTBEAT_SECONDS: '10',
        GRAPH_ANALYSIS_WORKER: 'off',
      }),
    ).toMatchObject({
      graphAnalysisSchedule: null,
      graphAnalysisKeep: 3,
      graphAnalysisHeartbeatSeconds: 10,
      graphAnalysisWorker: false,
    });
    expect(readConfig({ GRAPH_ANALYSIS_SCHEDULE: '30 1 * * 0' }).graphAnalysisSchedule).toBe(
      '30 1 * * 0',
    );
  });

  it('limits nearby-parent searches to 10 origins an hour unless told otherwise', () => {
    expect(readConfig({}).peopleSearchOriginsPerHour).toBe(10);
    expect(readConfig({ PEOPLE_SEARCH_ORIGINS_PER_HOUR: '25' }).peopleSearchOriginsPerHour).toBe(
      25,
    );
    expect(() => readConfig({ PEOPLE_SEARCH_ORIGINS_PER_HOUR: '0' })).toThrow(
      'PEOPLE_SEARCH_ORIGINS_PER_HOUR must be a whole number from 1 to 1000000',
    );
  });

  it('keeps public search answers 30 seconds, none under NODE_ENV=test unless told', () => {
    expect(readConfig({}).responseCacheSeconds).toBe(30);
    expect(readConfig({ NODE_ENV: 'test' }).responseCacheSeconds).toBe(0);
    expect(readConfig({ NODE_ENV: 'test', RESPONSE_CACHE_SECONDS: '5' }).responseCacheSeconds).toBe(
      5,
    );
    expect(() => readConfig({ RESPONSE_CACHE_SECONDS: '-1' })).toThrow(
      'RESPONSE_CACHE_SECONDS must be a whole number from 0 to 3600',
    );
  });

  describe('hardening', () => {
    it('leaves rate limits to their defaults, trusts no proxy, and trusts all documents outside production', () => {
      expect(readConfig({})).toMatchObject({
        rateLimitPerMinuteIp: null,
        rateLimitPerMinuteUser: null,
        trustProxy: false,
        trustedDocuments: false,
      });
    });

    it('reads the rate limits, trust proxy and trusted-documents settings', () => {
      expect(
        readConfig({
          RATE_LIMIT_PER_MINUTE_IP: '120',
          RATE_LIMIT_PER_MINUTE_USER: '0',
          TRUST_PROXY: '10.0.0.0/8, 192.168.1.4',
          TRUSTED_DOCUMENTS: 'on',
        }),
      ).toMatchObject({
        rateLimitPerMinuteIp: 120,
        rateLimitPerMinuteUser: 0,
        trustProxy: '10.0.0.0/8, 192.168.1.4',
        trustedDocuments: true,
      });
      expect(readConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
      expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    });

    it('limits WebSocket connections, subscriptions and messages, and reads extra origins', () => {
      expect(readConfig({})).toMatchObject({
        websocketOrigins: [],
        websocketConnectionsPerIp: null,
        websocketSubscriptionsPerSocket: 50,
        websocketMaxMessageBytes: 102_400,
      });
      expect(
        readConfig({
          WEBSOCKET_ORIGINS: 'https://village.example, http://localhost:5173/',
          WEBSOCKET_CONNECTIONS_PER_IP: '0',
          WEBSOCKET_SUBSCRIPTIONS_PER_SOCKET: '5',
          WEBSOCKET_MAX_MESSAGE_BYTES: '4096',
        }),
      ).toMatchObject({
        websocketOrigins: ['https://village.example', 'http://localhost:5173'],
        websocketConnectionsPerIp: 0,
        websocketSubscriptionsPerSocket: 5,
        websocketMaxMessageBytes: 4096,
      });
      expect(() => readConfig({ WEBSOCKET_ORIGINS: 'village.example' })).toThrow(
        new ConfigError(
          'WEBSOCKET_ORIGINS must be origins such as https://village.example separated by commas, not "village.example".',
        ),
      );
      expect(() => readConfig({ WEBSOCKET_ORIGINS: 'https://village.example/app' })).toThrow(
        'WEBSOCKET_ORIGINS must be origins',
      );
    });

    it('accepts only trusted documents in production unless told otherwise', () => {
      const production = readConfig({ NODE_ENV: 'production' });
      expect(production.trustedDocuments).toBe(true);
      // The web client's manifest, found at the same relative path in the repository and in dist/api.
      expect(production.trustedDocumentsManifest).toMatch(
        /apps\/web\/src\/gql\/persisted-documents\.json$/,
      );
      expect(existsSync(production.trustedDocumentsManifest)).toBe(true);
      expect(
        readConfig({ NODE_ENV: 'production', TRUSTED_DOCUMENTS: 'off' }).trustedDocuments,
      ).toBe(false);
    });

    it('refuses to start with trusted documents on and no manifest', () => {
      expect(() =>
        readConfig({
          TRUSTED_DOCUMENTS: 'on',
          TRUSTED_DOCUMENTS_MANIFEST: '/nowhere/manifest.json',
        }),
      ).toThrow(
        new ConfigError(
          'TRUSTED_DOCUMENTS is on but there is no manifest at /nowhere/manifest.json (web:codegen writes it, api:build copies it): set TRUSTED_DOCUMENTS_MANIFEST, or TRUSTED_DOCUMENTS=off.',
        ),
      );
    });
  });

  it('reads the SMTP server and the From of mail, with no server by default', () => {
    const defaults = readConfig({});
    expect(defaults.smtpUrl).toBeNull();
    expect(defaults.mailFrom).toBe('Village <village@localhost>');
    const set = readConfig({
      SMTP_URL: 'smtps://village:secret@mail.example:465',
      MAIL_FROM: 'Our Village <hello@village.example>',
    });
    expect(set.smtpUrl).toBe('smtps://village:secret@mail.example:465');
    expect(set.mailFrom).toBe('Our Village <hello@village.example>');
    expect(() => readConfig({ SMTP_URL: 'http://mail.example' })).toThrow(
      /SMTP_URL must be a smtp: or smtps:\/\/ URL/,
    );
  });

  it('reads the geocoder and the map’s tiles and directions, with OpenStreetMap by default', () => {
    const defaults = readConfig({});
    expect(defaults.geocoderUrl).toBeNull();
    expect(defaults.mapTileUrl).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(defaults.directionsUrl).toContain('{lat}');
    expect(readConfig({ MAP_TILE_URL: 'off' }).mapTileUrl).toBeNull();
    expect(readConfig({ GEOCODER_URL: 'http://127.0.0.1:8080' }).geocoderUrl).toBe(
      'http://127.0.0.1:8080',
    );
    expect(() => readConfig({ GEOCODER_URL: 'ftp://x' })).toThrow(/GEOCODER_URL/);
    expect(() => readConfig({ MAP_TILE_URL: 'https://tiles.example/{z}/{x}.png' })).toThrow(
      /MAP_TILE_URL must be an http\(s\) URL with \{z\}, \{x\}, \{y\} in it \(no \{y\}\)/,
    );
    expect(() => readConfig({ DIRECTIONS_URL: 'https://maps.example/?to={lat}' })).toThrow(
      /no \{lng\}/,
    );
  });
});
