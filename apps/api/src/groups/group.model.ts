import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { GroupKind } from '@village/shared';
import { OrganiserOf } from '../access/policies';
import { Allow } from '../access/policy';
import { Connection } from '../graphql/pagination';

export const ThisGroupsOrganisers = OrganiserOf(
  'this group',
  ({ parent }) => (parent as { id: string }).id,
);

@ObjectType('Group', {
  description: 'A faith, civic, parent, volunteer, mutual-aid or service group.',
})
export class GroupModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field(() => GroupKind)
  kind!: GroupKind;

  @Field()
  description!: string;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages the group works in.' })
  languages!: string[];

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When its organisers archived it: it takes no new members and is not listed.',
  })
  archivedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Fulfilled exchanges in which the group gave help: for its organisers.',
  })
  @Allow(ThisGroupsOrganisers)
  helpGiven!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Fulfilled exchanges in which the group received help: for its organisers.',
  })
  @Allow(ThisGroupsOrganisers)
  helpReceived!: number;
}

@ObjectType()
export class GroupConnection extends Connection(GroupModel, 'Group') {}
