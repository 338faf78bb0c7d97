import { Module } from '@nestjs/common';
import { ConsentResolver, MyConsentsResolver } from './consent.resolver';
import { ConsentService } from './consent.service';

@Module({ providers: [ConsentService, ConsentResolver, MyConsentsResolver] })
export class ConsentModule {}
