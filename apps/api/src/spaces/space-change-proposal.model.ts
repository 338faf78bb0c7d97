import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccessibilityFeature, SpaceKind } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { OpeningPeriodModel } from './space.model';
import { SpaceChangeStatus } from './space-change-proposal.entity';

registerEnumType(SpaceChangeStatus, {
  name: 'SpaceChangeStatus',
  description: 'Where a suggested change to a space stands.',
});

@PersonalData()
@ObjectType('SpaceChanges', {
  description: 'The fields of a space a suggestion changes; a field left out is null.',
})
export class SpaceChangesModel {
  @Allow(ThroughParent)
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Allow(ThroughParent)
  @Field(() => SpaceKind, { nullable: true })
  kind?: SpaceKind | null;

  @Allow(ThroughParent)
  @Field(() => String, { nullable: true })
  address?: string | null;

  @Allow(ThroughParent)
  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Allow(ThroughParent)
  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Allow(ThroughParent)
  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Allow(ThroughParent)
  @Field(() => [AccessibilityFeature], { nullable: true })
  accessibility?: AccessibilityFeature[] | null;

  @Allow(ThroughParent)
  @Field(() => [OpeningPeriodModel], { nullable: true })
  openingHours?: OpeningPeriodModel[] | null;
}

@PersonalData()
@ObjectType('SpaceChangeProposal', {
  description:
    'A change to a space suggested by an organiser who is not its steward; a steward accepts or declines it.',
})
export class SpaceChangeProposalModel {
  @Allow(ThroughParent)
  @Field(() => ID)
  id!: string;

  @Allow(ThroughParent)
  @Field(() => ID)
  spaceId!: string;

  @Allow(ThroughParent)
  @Field(() => SpaceChangeStatus)
  status!: SpaceChangeStatus;

  @Allow(ThroughParent)
  @Field(() => SpaceChangesModel)
  changes!: SpaceChangesModel;

  @Allow(ThroughParent)
  @Field({ description: 'Why the proposer suggests it.' })
  note!: string;

  @Allow(ThroughParent)
  @Field({ description: 'What the steward said when declining (or accepting).' })
  decisionNote!: string;

  @Allow(ThroughParent)
  @Field()
  createdAt!: Date;

  @Allow(ThroughParent)
  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}
