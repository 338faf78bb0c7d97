import { Module } from '@nestjs/common';
import { MapSettingsResolver } from './map-settings.resolver';
import { PlacesService } from './places.service';

/** UK postcodes and addresses: where a typed place is, for searches. */
@Module({ providers: [PlacesService, MapSettingsResolver], exports: [PlacesService] })
export class PlacesModule {}
