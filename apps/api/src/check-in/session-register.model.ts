import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { AttendanceMethod } from '@village/shared';

/** A person the register names: they said they're going and let the organisers see their name. */
@ObjectType('RegisterPerson')
@PersonalData()
export class RegisterPersonModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  personId!: string;

  @Field()
  @Allow(ThroughParent)
  displayName!: string;

  @Field({ description: 'On the waiting list rather than holding a place.' })
  @Allow(ThroughParent)
  waiting!: boolean;

  @Field()
  @Allow(ThroughParent)
  attended!: boolean;

  @Field(() => AttendanceMethod, { nullable: true })
  @Allow(ThroughParent)
  recordedHow!: AttendanceMethod | null;
}

/** The code people type at the venue to check themselves in to one date: for the organisers only. */
@ObjectType('CheckInCode')
@PersonalData()
export class CheckInCodeModel {
  @Field()
  @Allow(ThroughParent)
  code!: string;

  @Field({ description: 'Half an hour before the date starts.' })
  @Allow(ThroughParent)
  validFrom!: Date;

  @Field({ description: 'Half an hour after the date ends.' })
  @Allow(ThroughParent)
  validUntil!: Date;
}

/** One date's register, for the organisers of the session's group (and admins). */
@ObjectType('SessionRegister')
@PersonalData()
export class SessionRegisterModel {
  @Field(() => ID, { description: '`<sessionId>/<occursOn>`.' })
  @Allow(ThroughParent)
  id!: string;

  @Field(() => ID)
  @Allow(ThroughParent)
  sessionId!: string;

  @Field()
  @Allow(ThroughParent)
  sessionTitle!: string;

  @Field()
  @Allow(ThroughParent)
  occursOn!: string;

  @Field()
  @Allow(ThroughParent)
  startsAt!: Date;

  @Field()
  @Allow(ThroughParent)
  endsAt!: Date;

  @Field({ description: 'The register can be changed from an hour before the start…' })
  @Allow(ThroughParent)
  editableFrom!: Date;

  @Field({ description: '…until a week after the end.' })
  @Allow(ThroughParent)
  editableUntil!: Date;

  @Field()
  @Allow(ThroughParent)
  editable!: boolean;

  @Field(() => [RegisterPersonModel], {
    description:
      'People who said they’re going and shared their name with the organisers, by name.',
  })
  @Allow(ThroughParent)
  people!: RegisterPersonModel[];

  @Field(() => Int, {
    description: 'People who said they’re going (holding a place) without sharing their name.',
  })
  @Allow(ThroughParent)
  unnamedGoing!: number;

  @Field(() => Int, { description: 'People checked in whom the register does not name.' })
  @Allow(ThroughParent)
  unnamedCheckedIn!: number;

  @Field(() => Int, { description: 'People there without an account (the head count).' })
  @Allow(ThroughParent)
  guests!: number;

  @Field(() => Int, { description: 'Everyone there: ticked, checked in and guests.' })
  @Allow(ThroughParent)
  total!: number;

  @Field(() => CheckInCodeModel, {
    nullable: true,
    description: 'Null until an organiser shows it.',
  })
  @Allow(ThroughParent)
  checkInCode!: CheckInCodeModel | null;
}

/** A date of a session whose register organisers can keep now. */
@ObjectType('RegisterDate')
@PersonalData()
export class RegisterDateModel {
  @Field()
  @Allow(ThroughParent)
  occursOn!: string;

  @Field()
  @Allow(ThroughParent)
  startsAt!: Date;

  @Field()
  @Allow(ThroughParent)
  endsAt!: Date;
}
