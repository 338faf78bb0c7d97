import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/pagination';

@ObjectType('Session', { description: "A group's recurring gathering at a space." })
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field({ description: 'RFC 5545 RRULE, expanded in timeZone from startDate at startTime.' })
  recurrence!: string;

  @Field({ description: 'First date, YYYY-MM-DD.' })
  startDate!: string;

  @Field({ description: 'Local start time, HH:MM.' })
  startTime!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field()
  timeZone!: string;

  @Field(() => Int, { description: 'Youngest age in months; negative months are pregnancy.' })
  minAgeMonths!: number;

  @Field(() => Int)
  maxAgeMonths!: number;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages the session is run in.' })
  languages!: string[];

  @Field(() => Int, { description: 'Cost in pence; 0 is free.' })
  costPence!: number;

  @Field(() => Int, { nullable: true })
  capacity!: number | null;

  groupId!: string;
  spaceId!: string;
}

@ObjectType('SessionOccurrence', { description: 'One date of a recurring session.' })
export class SessionOccurrenceModel {
  @Field({
    description:
      'The date as the rule gives it (YYYY-MM-DD, local): the name of this date, kept when it is moved.',
  })
  occursOn!: string;

  @Field({ description: 'When it starts, where it was moved to if it was.' })
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field({ description: 'The organisers called this date off.' })
  cancelled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was called off, for the people going.',
  })
  cancellationReason!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When moved: the start it had before.',
  })
  movedFrom!: Date | null;

  @Field(() => SessionModel)
  session!: SessionModel;
}

@ObjectType()
export class SessionConnection extends Connection(SessionModel, 'Session') {}
