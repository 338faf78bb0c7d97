import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Anyone } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { OrganiserOfEitherPartner } from './partnership.policies';
import { PartnershipStatus } from './partnership.entity';

registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Where a partnership between two groups stands.',
});

/** Marked personal data so each field states its policy: the note is for the two groups' organisers. */
@PersonalData()
@ObjectType('Partnership', {
  description:
    'Two groups working together: one proposed, the other accepted; either may end it. A group–group tie while active.',
})
export class PartnershipModel {
  @Field(() => ID)
  @Allow(Anyone)
  id!: string;

  @Field(() => PartnershipStatus)
  @Allow(Anyone)
  status!: PartnershipStatus;

  @Field(() => ID)
  @Allow(Anyone)
  fromGroupId!: string;

  @Field(() => ID)
  @Allow(Anyone)
  toGroupId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the proposing group wrote: for organisers of either group.',
  })
  @Allow(OrganiserOfEitherPartner('this', ({ parent }) => parent as PartnershipModel))
  note!: string | null;

  @Field()
  @Allow(Anyone)
  proposedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was accepted or declined.' })
  @Allow(Anyone)
  respondedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn or ended.' })
  @Allow(Anyone)
  endedAt!: Date | null;
}
