import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config';
import { ConnectionsModule } from './connections/connections.module';
import { APP_CONFIG, DATA_SOURCE, LOGGER } from './database/tokens';
import { graphqlOptions } from './graphql/graphql-options';
import { GroupsModule } from './groups/groups.module';
import { HealthController } from './health/health.controller';
import { HelpModule } from './help/help.module';
import { PeopleModule } from './people/people.module';
import { PUB_SUB, TypedPubSub } from './realtime/pub-sub';
import { SessionsModule } from './sessions/sessions.module';
import { SpacesModule } from './spaces/spaces.module';

export interface AppDependencies {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
  pubSub: TypedPubSub;
}

/** Things built before Nest starts (database, logger, pub/sub), shared with every module. */
@Global()
@Module({})
class CoreModule {
  static with(deps: AppDependencies): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: deps.config },
      { provide: DATA_SOURCE, useValue: deps.dataSource },
      { provide: LOGGER, useValue: deps.logger },
      { provide: PUB_SUB, useValue: deps.pubSub },
    ];
    return { module: CoreModule, providers, exports: providers };
  }
}

@Module({})
export class AppModule {
  static forRoot(deps: AppDependencies): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.with(deps),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(deps.config, deps.dataSource, deps.logger),
        }),
        GroupsModule,
        SpacesModule,
        SessionsModule,
        PeopleModule,
        HelpModule,
        ConnectionsModule,
      ],
      controllers: [HealthController],
    };
  }
}
