import { Module } from '@nestjs/common';
import { HelpModule } from '../help/help.module';
import { ModerationModule } from '../moderation/moderation.module';
import { SafeguardingResolver } from './safeguarding.resolver';
import { SafeguardingService } from './safeguarding.service';

/** Safeguarding concerns: raised by anyone, seen by the safeguarding lead(s) alone. */
@Module({
  imports: [HelpModule, ModerationModule],
  providers: [SafeguardingService, SafeguardingResolver],
})
export class SafeguardingModule {}
