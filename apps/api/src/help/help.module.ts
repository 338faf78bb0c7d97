import { Module } from '@nestjs/common';
import { HelpResolver } from './help.resolver';
import { HelpService } from './help.service';

@Module({ providers: [HelpService, HelpResolver] })
export class HelpModule {}
