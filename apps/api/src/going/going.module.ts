import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { GoingRepository } from './going.repository';
import { GoingResolver, OccurrenceGoingResolver } from './going.resolver';
import { GoingService } from './going.service';
import { WaitingListMover } from './waiting-list-mover';

/** "I'm going" per date of a session, with waiting lists (docs/participation.md). */
@Module({
  imports: [SessionsModule],
  providers: [
    GoingRepository,
    GoingService,
    GoingResolver,
    OccurrenceGoingResolver,
    WaitingListMover,
  ],
  exports: [GoingService, GoingRepository],
})
export class GoingModule {}
