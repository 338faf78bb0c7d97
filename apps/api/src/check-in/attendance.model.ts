import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ThroughParent } from '../access/policies';
import { Allow, PersonalData } from '../access/policy';
import { Connection } from '../graphql/pagination';
import { AttendanceMethod } from '@village/shared';

/** One date of a session the viewer was at: private, handed out only to the person themself. */
@ObjectType('Attendance')
@PersonalData()
export class AttendanceModel {
  @Field(() => ID)
  @Allow(ThroughParent)
  id!: string;

  @Field({ description: 'The date (YYYY-MM-DD, local), as the session’s rule names it.' })
  @Allow(ThroughParent)
  occursOn!: string;

  @Field(() => AttendanceMethod)
  @Allow(ThroughParent)
  recordedHow!: AttendanceMethod;

  @Field()
  @Allow(ThroughParent)
  recordedAt!: Date;

  sessionId!: string;
}

@ObjectType()
export class AttendanceConnection extends Connection(AttendanceModel, 'Attendance') {}
