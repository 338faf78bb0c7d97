import { createUnionType, Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TieKind, TieProvenance } from '@village/shared';
import { GroupModel } from '../groups/group.model';
import { Connection } from '../graphql/pagination';
import { PersonModel } from '../people/person.model';
import { SpaceModel } from '../spaces/space.model';

export const TieEndpoint = createUnionType({
  name: 'TieEndpoint',
  description: 'A node of the social graph: a person, a group or a space.',
  types: () => [PersonModel, GroupModel, SpaceModel] as const,
  resolveType(value: object) {
    if ('displayName' in value) return PersonModel;
    if ('slug' in value) return GroupModel;
    return SpaceModel;
  },
});

@ObjectType('Tie', {
  description: 'An edge of the social graph, with why it exists and how recent it is.',
})
export class TieModel {
  @Field(() => ID)
  id!: string;

  @Field(() => TieKind)
  kind!: TieKind;

  @Field(() => TieProvenance)
  provenance!: TieProvenance;

  @Field(() => Float, { description: 'Evidence-and-recency weight in (0, 1].' })
  strength!: number;

  @Field()
  firstSeenAt!: Date;

  @Field()
  lastSeenAt!: Date;
}

@ObjectType()
export class TieConnection extends Connection(TieModel, 'Tie') {}
