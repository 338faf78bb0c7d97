import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { CheckInResolver } from './check-in.resolver';
import { CheckInService } from './check-in.service';

/** Registers of a session's dates, self check-in with a code, and my attendance. */
@Module({
  imports: [SessionsModule],
  providers: [CheckInService, CheckInResolver],
})
export class CheckInModule {}
