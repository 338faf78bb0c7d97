import { createUnionType, Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { TieKind, TieProvenance } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
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
@PersonalData()
export class TieModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field(() => TieKind)
  @Allow(ThroughParent)
  kind!: TieKind;

  @Field(() => TieProvenance)
  @Allow(ThroughParent)
  provenance!: TieProvenance;

  @Field(() => Float, { description: 'Evidence-and-recency weight in (0, 1].' })
  @Allow(ThroughParent)
  strength!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'For ties from exchanging help: the exchange that made or last strengthened it.',
  })
  @Allow(ThroughParent)
  exchangeId!: string | null;

  @Field()
  @Allow(ThroughParent)
  firstSeenAt!: Date;

  @Field()
  @Allow(ThroughParent)
  lastSeenAt!: Date;
}

@ObjectType()
export class TieConnection extends Connection(TieModel, 'Tie') {}
