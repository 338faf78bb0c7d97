import { Module } from '@nestjs/common';
import { SpacesResolver } from './spaces.resolver';
import { SpacesService } from './spaces.service';

@Module({ providers: [SpacesService, SpacesResolver] })
export class SpacesModule {}
