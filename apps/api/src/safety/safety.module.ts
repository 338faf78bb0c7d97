import { Module } from '@nestjs/common';
import { HelpModule } from '../help/help.module';
import { BlocksResolver } from './blocks.resolver';
import { BlocksService } from './blocks.service';
import { ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';
import { SafeguardingResolver } from './safeguarding.resolver';
import { SafeguardingService } from './safeguarding.service';

/** Reports, blocks, screening holds, the moderation queue and safeguarding concerns. */
@Module({
  imports: [HelpModule],
  providers: [
    BlocksService,
    BlocksResolver,
    ModerationService,
    ModerationResolver,
    SafeguardingService,
    SafeguardingResolver,
  ],
})
export class SafetyModule {}
