import { Field, Float, ObjectType } from '@nestjs/graphql';
import { DistanceBand, HelpMatchReasonKind } from '@village/shared';
import { ThroughParent } from '../../access/policies';
import { Allow, PersonalData } from '../../access/policy';
import { HelpPostModel } from '../help-post.model';

@ObjectType('HelpMatchReason', { description: 'One reason a post was suggested, in words.' })
@PersonalData()
export class HelpMatchReasonModel {
  @Field(() => HelpMatchReasonKind)
  @Allow(ThroughParent)
  kind!: HelpMatchReasonKind;

  @Field({ description: 'English text; clients may translate by kind.' })
  @Allow(ThroughParent)
  text!: string;
}

/**
 * A suggestion for the author of a post: an offer for their request, or a request for their offer.
 * Personal because its reasons come from the author's own ties; only the post's side can ask.
 */
@ObjectType('HelpMatch', { description: 'A suggested post, with why. People decide.' })
@PersonalData()
export class HelpMatchModel {
  @Field(() => HelpPostModel)
  @Allow(ThroughParent)
  post!: HelpPostModel;

  @Field(() => Float, { description: 'For ordering only, 0 to 1: never a rating of anyone.' })
  @Allow(ThroughParent)
  score!: number;

  @Field(() => DistanceBand, { description: 'Between the two posts’ area cells, as a band.' })
  @Allow(ThroughParent)
  distance!: DistanceBand;

  @Field(() => [HelpMatchReasonModel])
  @Allow(ThroughParent)
  reasons!: HelpMatchReasonModel[];
}
