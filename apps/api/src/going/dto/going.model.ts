import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RsvpStatus } from '@village/shared';
import { ThroughParent } from '../../access/policies';
import { Allow, PersonalData } from '../../access/policy';
import { Connection } from '../../graphql/pagination';

@ObjectType('SessionRsvp', {
  description:
    'My "I’m going" for one date of a session: going, or waiting for a place. Only ever the viewer’s own.',
})
@PersonalData()
export class SessionRsvpModel {
  @Field({ description: 'The date’s name: its local date as the rule gives it (YYYY-MM-DD).' })
  @Allow(ThroughParent)
  occursOn!: string;

  @Field(() => RsvpStatus)
  @Allow(ThroughParent)
  status!: RsvpStatus;

  @Field({ description: 'Whether the organisers of the session’s group may see my name.' })
  @Allow(ThroughParent)
  nameSharedWithOrganisers!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'My place on the waiting list (1 is next); null while going.',
  })
  @Allow(ThroughParent)
  waitingPosition!: number | null;

  sessionId!: string;
  /** Set for the rows of a page (its cursor). */
  id?: string;
}

@ObjectType()
export class SessionRsvpConnection extends Connection(SessionRsvpModel, 'SessionRsvp') {}

@ObjectType('SessionAttendee', {
  description: 'Someone going to (or waiting for) a date who let the organisers see their name.',
})
@PersonalData()
export class SessionAttendeeModel {
  @Field()
  @Allow(ThroughParent)
  displayName!: string;

  @Field(() => RsvpStatus)
  @Allow(ThroughParent)
  status!: RsvpStatus;
}

@ObjectType('SessionAttendees', {
  description:
    'Who is coming to one date, for its organisers: counts of everyone, names only of those who shared them.',
})
@PersonalData()
export class SessionAttendeesModel {
  @Field()
  @Allow(ThroughParent)
  occursOn!: string;

  @Field(() => Int)
  @Allow(ThroughParent)
  goingCount!: number;

  @Field(() => Int)
  @Allow(ThroughParent)
  waitingCount!: number;

  @Field(() => [SessionAttendeeModel], {
    description: 'Going first, then waiting, each in the order they said so.',
  })
  @Allow(ThroughParent)
  named!: SessionAttendeeModel[];
}
