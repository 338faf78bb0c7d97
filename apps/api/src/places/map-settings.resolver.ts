import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Anyone } from '../access/policies';
import { Allow } from '../access/policy';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../database/tokens';
import { MapSettingsModel } from './map-settings.model';

@Resolver()
export class MapSettingsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => MapSettingsModel, {
    description:
      'The map tiles, their credit, the directions link and whether address search works.',
  })
  @Allow(Anyone)
  mapSettings(): MapSettingsModel {
    return {
      tileUrl: this.config.mapTileUrl,
      tileAttribution: this.config.mapTileAttribution,
      directionsUrl: this.config.directionsUrl,
      addressSearch: this.config.geocoderUrl !== null,
    };
  }
}
