import { Module } from '@nestjs/common';
import { DiscoveryResolver } from './discovery.resolver';
import { DiscoveryService } from './discovery.service';
import { PlaceSearchService } from './place-search.service';
import { MySavedSearchesResolver, SavedSearchesResolver } from './saved-searches.resolver';
import { SavedSearchesService } from './saved-searches.service';

@Module({
  providers: [
    DiscoveryService,
    DiscoveryResolver,
    PlaceSearchService,
    SavedSearchesService,
    SavedSearchesResolver,
    MySavedSearchesResolver,
  ],
})
export class DiscoveryModule {}
