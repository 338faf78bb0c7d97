import { Module } from '@nestjs/common';
import { HelpBoard } from './help-board';
import { HelpExpirySweeper } from './help-expiry';
import { HelpMatchingService } from './matching/help-matching.service';
import { HelpResolver } from './help.resolver';
import { HelpService } from './help.service';

@Module({
  providers: [HelpService, HelpBoard, HelpResolver, HelpMatchingService, HelpExpirySweeper],
  exports: [HelpService],
})
export class HelpModule {}
