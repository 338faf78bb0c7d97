import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContentModeration, HelpCategory, HelpPostKind, HelpPostStatus } from '@village/shared';
import { Connection } from '../graphql/pagination';

@ObjectType('HelpPost', {
  description: 'An offer of help or a request for it, by a person or a group.',
})
export class HelpPostModel {
  @Field(() => ID)
  id!: string;

  @Field(() => HelpPostKind)
  kind!: HelpPostKind;

  @Field(() => HelpCategory)
  category!: HelpCategory;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field({ description: 'Approximate area: an H3 resolution-8 cell, never an address.' })
  areaCell!: string;

  @Field({ description: 'When the author is free, in their own words.' })
  availability!: string;

  /** Served as AvailabilitySlot objects by HelpResolver. */
  availabilitySlots!: number[];

  @Field(() => [String], { description: 'Languages the author is happy to use for this post.' })
  languages!: string[];

  @Field(() => Int, { nullable: true })
  quantity!: number | null;

  /** Served by HelpResolver as the effective status: an open post past its expiry is EXPIRED. */
  status!: HelpPostStatus;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt!: Date | null;

  @Field()
  createdAt!: Date;

  @Field(() => ContentModeration, {
    description:
      'VISIBLE, or for the post’s own side HELD (screening is holding it for a moderator) or REMOVED.',
  })
  moderation!: ContentModeration;

  authorPersonId!: string | null;
  authorGroupId!: string | null;
}

@ObjectType()
export class HelpPostConnection extends Connection(HelpPostModel, 'HelpPost') {}
