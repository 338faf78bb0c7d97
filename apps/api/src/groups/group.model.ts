import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GroupKind } from '@village/shared';
import { Connection } from '../graphql/pagination';

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
}

@ObjectType()
export class GroupConnection extends Connection(GroupModel, 'Group') {}
