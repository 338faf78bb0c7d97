import { ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { createErrorFormatter } from './format-error';
import { Loaders } from './loaders';
import './enums';

/** Apollo on Express, code-first, graphql-ws for subscriptions on the same path. */
export function graphqlOptions(
  config: AppConfig,
  dataSource: DataSource,
  logger: Logger,
): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: config.nodeEnv !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: createErrorFormatter(logger),
    context: () => ({ loaders: new Loaders(dataSource) }),
    subscriptions: { 'graphql-ws': { path: '/graphql' } },
  };
}
