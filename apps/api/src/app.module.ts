import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuditLog } from './audit/audit-log';
import { AuditModule } from './audit/audit.module';
import { CalendarModule } from './calendar/calendar.module';
import { CheckInModule } from './check-in/check-in.module';
import { ConsentModule } from './consent/consent.module';
import { DataRightsModule } from './data-rights/data-rights.module';
import { DiscoveryModule } from './discovery/discovery.module';
import { IdentityModule } from './identity/identity.module';
import { StaffModule } from './staff/staff.module';
import { MAIL_TRANSPORT, MailTransport } from './identity/mail-transport';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config';
import { ConnectionsModule } from './connections/connections.module';
import { APP_CONFIG, DATA_SOURCE, LOGGER } from './database/tokens';
import { graphqlOptions } from './graphql/graphql-options';
import { GoingModule } from './going/going.module';
import { GroupsModule } from './groups/groups.module';
import { HealthController } from './health/health.controller';
import { HelpModule } from './help/help.module';
import { ExchangesModule } from './exchanges/exchanges.module';
import { ModerationModule } from './moderation/moderation.module';
import { SafeguardingModule } from './safeguarding/safeguarding.module';
import { NeighboursModule } from './neighbours/neighbours.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { OpenReferralModule } from './oruk/oruk.module';
import { PartnershipsModule } from './partnerships/partnerships.module';
import { PeopleModule } from './people/people.module';
import { PUB_SUB, TypedPubSub } from './realtime/pub-sub';
import { SessionsModule } from './sessions/sessions.module';
import { SpacesModule } from './spaces/spaces.module';

export interface AppDependencies {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
  pubSub: TypedPubSub;
  mail: MailTransport;
}

/** Things built before Nest starts (database, logger, pub/sub), shared with every module. */
@Global()
@Module({})
class CoreModule {
  static with(deps: AppDependencies, audit: AuditLog): DynamicModule {
    const providers = [
      { provide: APP_CONFIG, useValue: deps.config },
      { provide: DATA_SOURCE, useValue: deps.dataSource },
      { provide: LOGGER, useValue: deps.logger },
      { provide: PUB_SUB, useValue: deps.pubSub },
      { provide: MAIL_TRANSPORT, useValue: deps.mail },
      { provide: AuditLog, useValue: audit },
    ];
    return { module: CoreModule, providers, exports: providers };
  }
}

@Module({})
export class AppModule {
  static forRoot(deps: AppDependencies): DynamicModule {
    const audit = new AuditLog(deps.dataSource);
    return {
      module: AppModule,
      imports: [
        CoreModule.with(deps, audit),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(deps.config, deps.dataSource, deps.logger, deps.pubSub, audit),
        }),
        IdentityModule,
        ConsentModule,
        StaffModule,
        AuditModule,
        DataRightsModule,
        DiscoveryModule,
        GroupsModule,
        SpacesModule,
        SessionsModule,
        CheckInModule,
        PeopleModule,
        HelpModule,
        ExchangesModule,
        ModerationModule,
        SafeguardingModule,
        ConnectionsModule,
        NeighboursModule,
        RecommendationsModule,
        OpenReferralModule,
        CalendarModule,
        GoingModule,
        PartnershipsModule,
        AnalyticsModule,
      ],
      controllers: [HealthController],
    };
  }
}
