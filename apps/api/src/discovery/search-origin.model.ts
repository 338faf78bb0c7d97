import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('SearchOrigin', {
  description: 'Where a near-me search was measured from: what the searcher gave, found.',
})
export class SearchOriginModel {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The postcode as written (LS6 1AA) or the address as given; null for a point or an area cell.',
  })
  label!: string | null;
}
