import 'reflect-metadata';
import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { loadTown, townIsEmpty } from '@village/town';
import express from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PoolClient } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { AppConfig } from './config/app-config';
import { createDataSource } from './data-source';
import { openDatabase } from './database/database';
import { seedDemoAccounts } from './identity/demo-accounts';
import { LogMailTransport, MailTransport, SmtpMailTransport } from './identity/mail-transport';
import { CanonicalIdsPipe } from './graphql/canonical-ids.pipe';
import { RequestErrorFilter } from './graphql/request-error.filter';
import { validationFailed } from './graphql/validation-error';
import {
  PublicResponseCache,
  publicResponseCacheMiddleware,
} from './graphql/public-response-cache';
import { createPubSub, TypedPubSub } from './realtime/pub-sub';
import { topics } from './realtime/topics';
import { PinoNestLogger } from './logging/logger';
import { applyHttpSecurity, HttpSecurity } from './security/http-security';
import { guardWebSockets } from './security/websocket-guard';

export interface RunningApi {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** The API's global behaviour, applied the same way in production and in tests. */
function configureApp(app: INestApplication, logger: Logger): void {
  app.useGlobalPipes(
    new CanonicalIdsPipe(),
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      stopAtFirstError: false,
      exceptionFactory: validationFailed,
    }),
  );
  app.useGlobalFilters(new RequestErrorFilter(logger));
}

/** Serves the built web client, with every unknown non-API path answered by its index page. */
function serveWeb(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) throw new Error(`WEB_DIST has no index.html: ${webDist}`);
  app.use(express.static(webDist, { index: false, maxAge: '1h' }));
  app.use((request: express.Request, response: express.Response, next: express.NextFunction) => {
    if (
      request.method !== 'GET' ||
      request.path.startsWith('/graphql') ||
      request.path.startsWith('/health') ||
      request.path.startsWith('/calendar/')
    )
      return next();
    response.sendFile(index);
  });
}

/**
 * Keeps answers to public searches for RESPONSE_CACHE_SECONDS and forgets them all when any
 * session changes in any process. Returns what stops watching for changes.
 */
function cachePublicResponses(
  app: NestExpressApplication,
  config: AppConfig,
  pubSub: TypedPubSub,
  logger: Logger,
): () => void {
  if (config.responseCacheSeconds === 0) return () => {};
  if (!existsSync(config.trustedDocumentsManifest)) {
    logger.warn(
      { manifest: config.trustedDocumentsManifest },
      'no web manifest, so public searches are not cached',
    );
    return () => {};
  }
  const cache = PublicResponseCache.load(
    config.trustedDocumentsManifest,
    config.responseCacheSeconds,
  );
  app.use('/graphql', publicResponseCacheMiddleware(cache));
  const changes = pubSub.iterate(topics.sessionsChanged);
  void (async () => {
    for await (const _change of changes) cache.clear();
  })();
  return () => void changes.return?.();
}

async function seedDemoTown(
  config: AppConfig,
  dataSource: DataSource,
  logger: Logger,
): Promise<void> {
  if (!config.demoTown) return;
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    if (!(await townIsEmpty(client))) return;
    const started = Date.now();
    logger.info({ size: config.demoTown, seed: config.demoTownSeed }, 'seeding the demo town');
    const stats = await loadTown(client, { size: config.demoTown, seed: config.demoTownSeed });
    logger.info({ ...stats, ms: Date.now() - started }, 'demo town seeded');
    if (config.nodeEnv !== 'production') await seedDemoAccounts(dataSource, logger);
  } finally {
    await runner.release();
  }
}

/** Database, migrations, demo town, Nest: everything the API needs, in order; undone by `close`. */
export async function startApi(
  config: AppConfig,
  logger: Logger,
  options: { mail?: MailTransport } = {},
): Promise<RunningApi> {
  const database = await openDatabase(
    {
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      embeddedPort: config.embeddedPostgresPort,
      createDataSource,
    },
    logger,
    (dataSource) => seedDemoTown(config, dataSource, logger),
  );
  const pubSub = createPubSub(config.redisUrl);
  let httpSecurity: HttpSecurity | undefined;
  let stopResponseCache = () => {};
  try {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({
        config,
        dataSource: database.dataSource,
        logger,
        pubSub,
        mail:
          options.mail ??
          (config.smtpUrl
            ? new SmtpMailTransport(config.smtpUrl, config.mailFrom)
            : new LogMailTransport(logger, config.nodeEnv !== 'production')),
      }),
      // The JSON parser is added by applyHttpSecurity, after the rate limits and with a size limit.
      { logger: new PinoNestLogger(logger), abortOnError: false, bodyParser: false },
    );
    // Headers, trust proxy, rate limits, body size and trusted documents, ahead of every route.
    httpSecurity = applyHttpSecurity(app, config, logger);
    stopResponseCache = cachePublicResponses(app, config, pubSub, logger);
    configureApp(app, logger);
    if (config.webDist) serveWeb(app, config.webDist);
    // The WebSocket server exists once Nest has started GraphQL; guard it before anyone can connect.
    await app.init();
    guardWebSockets(app, config, logger);
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host}:${port}`;
    return {
      app,
      url,
      async close() {
        stopResponseCache();
        await app.close();
        await httpSecurity?.close();
        await pubSub.close();
        await database.close();
      },
    };
  } catch (error) {
    stopResponseCache();
    await httpSecurity?.close();
    await pubSub.close();
    await database.close();
    throw error;
  }
}
