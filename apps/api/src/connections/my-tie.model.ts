import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TieKind, TieProvenance } from '@village/shared';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { Connection } from '../graphql/pagination';

/**
 * What one kind of evidence says about a tie, for the web to put in words ("You were both at
 * Tuesday Stay & Play 4 times, last on 3 Dec"): structured, so each language phrases it itself.
 */
@ObjectType('TieReason')
@PersonalData()
export class TieReasonModel {
  @Field(() => TieProvenance)
  @Allow(ThroughParent)
  kind!: TieProvenance;

  @Field(() => Int, {
    description: 'How many pieces: shared dates of the session, exchanges, memberships.',
  })
  @Allow(ThroughParent)
  count!: number;

  @Field(() => ID, { nullable: true, description: 'CO_ATTENDANCE: the session both were at.' })
  @Allow(ThroughParent)
  sessionId!: string | null;

  @Field(() => String, { nullable: true })
  @Allow(ThroughParent)
  sessionTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'MEMBERSHIP: the group joined.' })
  @Allow(ThroughParent)
  groupName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'CO_ATTENDANCE: the last shared date (YYYY-MM-DD, the session’s local date).',
  })
  @Allow(ThroughParent)
  lastOn!: string | null;

  @Field()
  @Allow(ThroughParent)
  firstAt!: Date;

  @Field()
  @Allow(ThroughParent)
  lastAt!: Date;
}

/** One of the viewer's own ties, with the other end, how strong it is now and why it exists. */
@ObjectType('MyTie')
@PersonalData()
export class MyTieModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field(() => TieKind)
  @Allow(ThroughParent)
  kind!: TieKind;

  @Field(() => TieProvenance)
  @Allow(ThroughParent)
  provenance!: TieProvenance;

  @Field(() => Float, { description: 'What its evidence adds up to, in (0, 1], before fading.' })
  @Allow(ThroughParent)
  strength!: number;

  @Field(() => Float, {
    description:
      'Its weight now: event evidence (co-attendance, exchanges) fades from when it was last seen; memberships do not.',
  })
  @Allow(ThroughParent)
  weight!: number;

  @Field({
    description:
      'Whether its weight fades with time since last seen (event evidence), or holds while the state does (membership, household).',
  })
  @Allow(ThroughParent)
  fades!: boolean;

  @Field({ description: 'Whether the weight now is at least the active-tie threshold.' })
  @Allow(ThroughParent)
  active!: boolean;

  @Field({ description: 'I hid it: it is left out of my list and never shown as social proof.' })
  @Allow(ThroughParent)
  hidden!: boolean;

  @Field(() => Int, {
    description: 'How many pieces of evidence it has (0 for ties from the town’s seed).',
  })
  @Allow(ThroughParent)
  evidenceCount!: number;

  @Field(() => [TieReasonModel], { description: 'Its evidence by kind, the most telling first.' })
  @Allow(ThroughParent)
  reasons!: TieReasonModel[];

  @Field()
  @Allow(ThroughParent)
  firstSeenAt!: Date;

  @Field()
  @Allow(ThroughParent)
  lastSeenAt!: Date;

  /** The other end, for `other`. */
  otherPersonId!: string | null;
  otherGroupId!: string | null;
}

@ObjectType()
export class MyTieConnection extends Connection(MyTieModel, 'MyTie') {}
