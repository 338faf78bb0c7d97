import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import { GroupModel } from './group.model';

@ObjectType('CoOrganiserInvitation', {
  description: 'An open link that makes whoever opens it an organiser of the group.',
})
export class CoOrganiserInvitationModel {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: 'The link stops working at this time (14 days after it was made).' })
  expiresAt!: Date;

  groupId!: string;
}

@ObjectType('CoOrganiserInvitationLink', {
  description: 'A new invitation with its secret, shown once: only its hash is kept.',
})
export class CoOrganiserInvitationLinkModel {
  @Field(() => CoOrganiserInvitationModel)
  @Allow(ThroughParent)
  invitation!: CoOrganiserInvitationModel;

  @Field({ description: 'Goes in the link `/invitations/<token>`; single use.' })
  @Allow(ThroughParent)
  token!: string;
}

@ObjectType('CoOrganiserInvitationPreview', {
  description: 'What an invitation link is for, shown before the person accepts it.',
})
export class CoOrganiserInvitationPreviewModel {
  @Field(() => GroupModel)
  @Allow(ThroughParent)
  group!: GroupModel;

  @Field()
  @Allow(ThroughParent)
  expiresAt!: Date;

  @Field({ description: 'True when the viewer already organises the group.' })
  @Allow(ThroughParent)
  alreadyOrganiser!: boolean;
}
