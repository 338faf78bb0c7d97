import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLSchema } from 'graphql';
import { AppModule } from './app.module';
import { readConfig } from './config/app-config';
import { createDataSource } from './data-source';
import { LogMailTransport } from './identity/mail-transport';
import { createLogger } from './logging/logger';
import { createPubSub } from './realtime/pub-sub';

/** The executable schema the API serves, built from the modules alone: no database is touched. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const logger = createLogger('silent');
  // This DataSource is never connected.
  const dataSource = createDataSource('postgres://unused@127.0.0.1:1/unused');
  const config = { ...readConfig({}), nodeEnv: 'test' as const };
  const app = await NestFactory.create(
    AppModule.forRoot({
      config,
      dataSource,
      logger,
      pubSub: createPubSub(null),
      mail: new LogMailTransport(logger, false),
    }),
    { logger: false },
  );
  await app.init();
  const schema = app.get(GraphQLSchemaHost).schema;
  await app.close();
  return schema;
}
