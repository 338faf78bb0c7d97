import { Module } from '@nestjs/common';
import {
  GroupSessionsResolver,
  SessionsResolver,
  SpaceSessionsResolver,
} from './sessions.resolver';
import { SessionsService } from './sessions.service';

@Module({
  providers: [SessionsService, SessionsResolver, GroupSessionsResolver, SpaceSessionsResolver],
  exports: [SessionsService],
})
export class SessionsModule {}
