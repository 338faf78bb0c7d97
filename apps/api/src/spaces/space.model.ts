import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AccessibilityFeature, SpaceKind } from '@village/shared';
import { Connection } from '../graphql/pagination';

@ObjectType('OpeningPeriod')
export class OpeningPeriodModel {
  @Field(() => Int, { description: 'ISO weekday: 1 is Monday, 7 is Sunday.' })
  weekday!: number;

  @Field({ description: 'Local time, HH:MM.' })
  opens!: string;

  @Field({ description: 'Local time, HH:MM.' })
  closes!: string;
}

@ObjectType('Space', {
  description: 'A public place where people meet; its location is exact and public.',
})
export class SpaceModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => SpaceKind)
  kind!: SpaceKind;

  @Field()
  address!: string;

  @Field()
  postcode!: string;

  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => [AccessibilityFeature])
  accessibility!: AccessibilityFeature[];

  @Field(() => [OpeningPeriodModel])
  openingHours!: OpeningPeriodModel[];
}

@ObjectType()
export class SpaceConnection extends Connection(SpaceModel, 'Space') {}
