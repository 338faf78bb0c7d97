import { Module } from '@nestjs/common';
import { HelpModule } from '../help/help.module';
import {
  ExchangeMessageResolver,
  ExchangesResolver,
  ExchangeThanksResolver,
} from './exchanges.resolver';
import { ExchangesService } from './exchanges.service';

@Module({
  imports: [HelpModule],
  providers: [ExchangesService, ExchangesResolver, ExchangeMessageResolver, ExchangeThanksResolver],
})
export class ExchangesModule {}
