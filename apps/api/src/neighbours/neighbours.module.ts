import { Module } from '@nestjs/common';
import { NeighboursResolver } from './neighbours.resolver';
import { NeighboursService } from './neighbours.service';
import { SearchOriginLimiter } from './search-origin-limiter';
import { SearchProfileStore } from './search-profile-store';

/** Finding parents nearby at the same life stage, with location privacy (docs/privacy.md). */
@Module({
  providers: [SearchOriginLimiter, SearchProfileStore, NeighboursService, NeighboursResolver],
})
export class NeighboursModule {}
