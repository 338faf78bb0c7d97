import { Module } from '@nestjs/common';
import { PlacesService } from './places.service';

/** UK postcodes and addresses: where a typed place is, for searches. */
@Module({ providers: [PlacesService], exports: [PlacesService] })
export class PlacesModule {}
