import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Anyone, SignedIn } from '../access/policies';
import { Allow } from '../access/policy';
import { UuidPipe } from '../graphql/id.args';
import type { GraphQLContext } from '../graphql/loaders';
import { PageArgs } from '../graphql/pagination';
import { SessionEntity } from '../sessions/session.entity';
import { SessionModel } from '../sessions/session.model';
import { AttendanceConnection, AttendanceModel } from './attendance.model';
import { AttendanceEntity } from './attendance.entity';
import { OwnAttendance, SessionOrganiser } from './check-in.policies';
import { CheckInService } from './check-in.service';
import {
  CheckInArgs,
  MarkAttendedArgs,
  SessionDateArgs,
  SetHeadcountArgs,
} from './dto/check-in.args';
import {
  CheckInCodeModel,
  RegisterDateModel,
  SessionRegisterModel,
} from './session-register.model';

@Resolver(() => AttendanceModel)
export class CheckInResolver {
  constructor(private readonly service: CheckInService) {}

  @Query(() => SessionRegisterModel, {
    description:
      'One date’s register: people who said they’re going and shared their name, counts of the rest, the head count and the check-in code. Each named person’s data access log records the read.',
  })
  @Allow(SessionOrganiser)
  sessionRegister(
    @Args() { sessionId, occursOn }: SessionDateArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.service.register(sessionId, occursOn, access);
  }

  @Query(() => [RegisterDateModel], {
    description:
      'Dates of the session whose register can be kept now (from an hour before each starts to a week after it ends), the latest first.',
  })
  @Allow(SessionOrganiser)
  registerDates(@Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string) {
    return this.service.registerDates(sessionId);
  }

  @Mutation(() => SessionRegisterModel, {
    description:
      'Ticks (or unticks) a person the register names. From an hour before the start until a week after the end; audited.',
  })
  @Allow(SessionOrganiser)
  async markAttended(
    @Args() { sessionId, occursOn, personId, attended }: MarkAttendedArgs,
    @Context() { access }: GraphQLContext,
  ) {
    await this.service.markAttended(sessionId, occursOn, personId, attended, access);
    return this.service.register(sessionId, occursOn, access);
  }

  @Mutation(() => SessionRegisterModel, {
    description:
      'Sets how many people without an account came (0 to 500). Same window as the register; audited.',
  })
  @Allow(SessionOrganiser)
  async setHeadcount(
    @Args() { sessionId, occursOn, guests }: SetHeadcountArgs,
    @Context() { access }: GraphQLContext,
  ) {
    await this.service.setHeadcount(sessionId, occursOn, guests, access);
    return this.service.register(sessionId, occursOn, access);
  }

  @Mutation(() => CheckInCodeModel, {
    description:
      'The code people type to check themselves in to this date (the same one each time). It works from half an hour before the start to half an hour after the end.',
  })
  @Allow(SessionOrganiser)
  openCheckIn(
    @Args() { sessionId, occursOn }: SessionDateArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.service.openCheckIn(sessionId, occursOn, access);
  }

  @Mutation(() => AttendanceModel, {
    description:
      'Checks me in to the date the code names, while it works. Twice is the same as once. Too many wrong codes in 15 minutes: RATE_LIMITED.',
  })
  @Allow(SignedIn)
  checkIn(@Args() { code }: CheckInArgs, @Context() { access }: GraphQLContext) {
    return this.service.checkIn(code, access.viewer!);
  }

  @Query(() => AttendanceConnection, {
    description: 'The dates I was at, newest first. Nobody else sees this list.',
  })
  @Allow(SignedIn)
  myAttendance(@Args() page: PageArgs, @Context() { access }: GraphQLContext) {
    return this.service.mine(access.viewer!.personId, page);
  }

  @Mutation(() => Boolean, { description: 'Deletes one of my attendance records.' })
  @Allow(OwnAttendance)
  deleteMyAttendance(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() { access }: GraphQLContext,
  ) {
    return this.service.deleteMine(id, access.viewer!.personId);
  }

  @ResolveField(() => SessionModel)
  @Allow(Anyone)
  session(@Parent() attendance: AttendanceEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.byId(SessionEntity).load(attendance.sessionId);
  }
}
