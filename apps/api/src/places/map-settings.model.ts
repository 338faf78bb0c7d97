import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('MapSettings', {
  description: 'How this Village draws maps and finds places (from its configuration).',
})
export class MapSettingsModel {
  @Field(() => String, {
    nullable: true,
    description: 'Tile URL template ({z}/{x}/{y}); null: markers on a plain background.',
  })
  tileUrl!: string | null;

  @Field({ description: 'The credit the tile service asks for, shown on the map.' })
  tileAttribution!: string;

  @Field({ description: 'Directions to a place: a URL template with {lat} and {lng}.' })
  directionsUrl!: string;

  @Field({ description: 'Whether searches can start from an address (a geocoder is set up).' })
  addressSearch!: boolean;
}
