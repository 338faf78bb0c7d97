import { Module } from '@nestjs/common';
import { HelpModule } from '../help/help.module';
import {
  ExchangeMessageResolver,
  ExchangesResolver,
  ExchangeThanksResolver,
} from './exchanges.resolver';
import { ExchangeStreams } from './exchange-streams';
import { ExchangesService } from './exchanges.service';

@Module({
  imports: [HelpModule],
  providers: [
    ExchangesService,
    ExchangeStreams,
    ExchangesResolver,
    ExchangeMessageResolver,
    ExchangeThanksResolver,
  ],
})
export class ExchangesModule {}
