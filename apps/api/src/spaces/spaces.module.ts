import { Module } from '@nestjs/common';
import { SpacesResolver } from './spaces.resolver';
import { SpacesService } from './spaces.service';
import { SpaceChangeProposalsResolver, SpaceStewardsResolver } from './space-stewards.resolver';

@Module({
  providers: [SpacesService, SpacesResolver, SpaceStewardsResolver, SpaceChangeProposalsResolver],
})
export class SpacesModule {}
