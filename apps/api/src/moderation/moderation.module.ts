import { Module } from '@nestjs/common';
import { HelpModule } from '../help/help.module';
import { BlocksResolver } from './blocks.resolver';
import { BlocksService } from './blocks.service';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

/** Reports, blocks, screening holds and the moderation queue. */
@Module({
  imports: [HelpModule],
  providers: [BlocksService, BlocksResolver, ModerationService, ModerationResolver],
  exports: [ModerationService],
})
export class ModerationModule {}
