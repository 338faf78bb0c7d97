/**
 * The stock setup for the nearby-sessions benchmark: the API's own resolvers and services for
 * sessions, groups, spaces and discovery, on NestJS with Express and the Apollo driver as the
 * NestJS GraphQL documentation sets them up (JSON body parser, a global ValidationPipe, Apollo's
 * defaults), without anything Village adds (policies, hardening, rate limits, trusted documents).
 *
 *   node stock-server.js   (DATABASE_URL, POOL_SIZE; prints `listening <url>` when ready)
 */
import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { RequestAccess } from '../../../apps/api/src/access/request-access';
import { AuditLog } from '../../../apps/api/src/audit/audit-log';
import { SessionCalendarResolver } from '../../../apps/api/src/calendar/calendar.resolver';
import { readConfig } from '../../../apps/api/src/config/app-config';
import { createDataSource } from '../../../apps/api/src/data-source';
import { APP_CONFIG, DATA_SOURCE, LOGGER } from '../../../apps/api/src/database/tokens';
import { DiscoveryResolver } from '../../../apps/api/src/discovery/discovery.resolver';
import { DiscoveryService } from '../../../apps/api/src/discovery/discovery.service';
import { PlaceSearchService } from '../../../apps/api/src/discovery/place-search.service';
import '../../../apps/api/src/graphql/enums';
import { Loaders } from '../../../apps/api/src/graphql/loaders';
import { createLogger } from '../../../apps/api/src/logging/logger';
import { createPubSub, PUB_SUB } from '../../../apps/api/src/realtime/pub-sub';
import { SessionsResolver } from '../../../apps/api/src/sessions/sessions.resolver';
import { SessionsService } from '../../../apps/api/src/sessions/sessions.service';

@Global()
@Module({})
class StockCoreModule {
  static with(dataSource: DataSource): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: readConfig() },
      { provide: DATA_SOURCE, useValue: dataSource },
      { provide: LOGGER, useValue: createLogger('warn') },
      { provide: PUB_SUB, useValue: createPubSub(null) },
      { provide: AuditLog, useValue: new AuditLog(dataSource) },
    ];
    return { module: StockCoreModule, providers, exports: providers };
  }
}

async function main(): Promise<void> {
  const dataSource = createDataSource(
    process.env['DATABASE_URL']!,
    Number(process.env['POOL_SIZE'] ?? 10),
  );
  await dataSource.initialize();
  const audit = new AuditLog(dataSource);

  @Module({
    imports: [
      StockCoreModule.with(dataSource),
      GraphQLModule.forRoot<ApolloDriverConfig>({
        driver: ApolloDriver,
        autoSchemaFile: true,
        // The resolvers read their DataLoaders and the (here always anonymous) viewer from here.
        context: () => ({
          loaders: new Loaders(dataSource),
          access: new RequestAccess(null, dataSource, audit),
        }),
      }),
    ],
    // The resolvers the web's SessionSearch operation reaches, and the services behind them.
    providers: [
      DiscoveryResolver,
      DiscoveryService,
      PlaceSearchService,
      SessionsResolver,
      SessionsService,
      SessionCalendarResolver,
    ],
  })
  class StockModule {}

  const app = await NestFactory.create(StockModule, { logger: ['error', 'warn'] });
  app.useGlobalPipes(new ValidationPipe({ transform: true }));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  console.log(`listening http://127.0.0.1:${address.port}`);
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => dataSource.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
