import { Module } from '@nestjs/common';
import { PlacesModule } from '../places/places.module';
import { DiscoveryResolver } from './discovery.resolver';
import { DiscoveryService } from './discovery.service';
import { PlaceSearchService } from './place-search.service';
import { SearchOrigins } from './search-origin';
import { MySavedSearchesResolver, SavedSearchesResolver } from './saved-searches.resolver';
import { SavedSearchesService } from './saved-searches.service';

@Module({
  imports: [PlacesModule],
  providers: [
    SearchOrigins,
    DiscoveryService,
    DiscoveryResolver,
    PlaceSearchService,
    SavedSearchesService,
    SavedSearchesResolver,
    MySavedSearchesResolver,
  ],
  exports: [DiscoveryService],
})
export class DiscoveryModule {}
