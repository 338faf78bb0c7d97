import { Anyone, OrganiserOf } from '../access/policies';
import { Allow } from '../access/policy';
import {
  Args,
  ID,
  Context,
  GraphQLISODateTime,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { GroupEntity } from '../groups/group.entity';
import { GroupModel } from '../groups/group.model';
import { IdArgs, UuidPipe } from '../graphql/id.args';
import { GraphQLContext } from '../graphql/loaders';
import { SpaceEntity } from '../spaces/space.entity';
import { SpaceModel } from '../spaces/space.model';
import { CreateSessionInput, UpdateSessionInput } from './dto/session.input';
import {
  CancelSessionDateArgs,
  ChangeSessionTimeArgs,
  MoveSessionDateArgs,
  SessionDateArgs,
  SessionOccurrenceArgs,
  SessionOccurrencesArgs,
} from './dto/session-date.args';
import { SessionsArgs, UpcomingSessionsArgs } from './dto/sessions.args';
import { SessionEntity } from './session.entity';
import { SessionConnection, SessionModel, SessionOccurrenceModel } from './session.model';
import { SessionsService } from './sessions.service';

/** Organisers of the group of the session in argument `name`. */
const SESSION_ORGANISER = (name: string) =>
  OrganiserOf(
    'the session’s group',
    async ({ args, loaders }) =>
      (await loaders.byId(SessionEntity).load(args[name] as string))?.groupId,
  );

@Resolver(() => SessionModel)
export class SessionsResolver {
  constructor(private readonly sessionsService: SessionsService) {}

  @Query(() => SessionConnection, {
    description: 'Sessions by title, filtered by group, space, language, age or cost.',
  })
  @Allow(Anyone)
  sessions(@Args() args: SessionsArgs) {
    return this.sessionsService.list(args);
  }

  @Query(() => SessionModel)
  @Allow(Anyone)
  session(@Args() { id }: IdArgs) {
    return this.sessionsService.get(id);
  }

  @Query(() => [SessionOccurrenceModel], {
    description: 'What is on soon: dates of matching sessions, soonest first.',
  })
  @Allow(Anyone)
  upcomingSessions(@Args() args: UpcomingSessionsArgs) {
    return this.sessionsService.upcoming(args);
  }

  @Mutation(() => SessionModel)
  @Allow(
    OrganiserOf(
      'the group in `input.groupId`',
      ({ args }) => (args['input'] as { groupId: string }).groupId,
    ),
  )
  createSession(@Args('input') input: CreateSessionInput, @Context() { access }: GraphQLContext) {
    return this.sessionsService.create(input, access);
  }

  @Mutation(() => SessionModel)
  @Allow(SESSION_ORGANISER('id'))
  updateSession(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateSessionInput,
    @Context() { access }: GraphQLContext,
  ) {
    return this.sessionsService.update(id, input, access);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a session with its dates and who was going; organisers of its group. Audited.',
  })
  @Allow(SESSION_ORGANISER('id'))
  deleteSession(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() { access }: GraphQLContext,
  ) {
    return this.sessionsService.delete(id, access);
  }

  @Mutation(() => SessionOccurrenceModel, {
    description:
      'Calls one date off, with a reason the people going see; a moved date is called off instead. Audited.',
  })
  @Allow(SESSION_ORGANISER('sessionId'))
  cancelSessionDate(
    @Args() { sessionId, occursOn, reason }: CancelSessionDateArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.sessionsService.cancelDate(sessionId, occursOn, reason, access);
  }

  @Mutation(() => SessionOccurrenceModel, {
    description: 'Undoes the cancellation or move of one date. Audited.',
  })
  @Allow(SESSION_ORGANISER('sessionId'))
  restoreSessionDate(
    @Args() { sessionId, occursOn }: SessionDateArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.sessionsService.restoreDate(sessionId, occursOn, access);
  }

  @Mutation(() => SessionOccurrenceModel, {
    description:
      'Moves one date to another local date and time; it keeps its name (occursOn). Audited.',
  })
  @Allow(SESSION_ORGANISER('sessionId'))
  moveSessionDate(
    @Args() { sessionId, occursOn, toDate, toTime }: MoveSessionDateArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.sessionsService.moveDate(sessionId, occursOn, toDate, toTime, access);
  }

  @Mutation(() => SessionModel, {
    description:
      'From a date of the session on, dates start at a new time (and may last another length). Audited.',
  })
  @Allow(SESSION_ORGANISER('sessionId'))
  changeSessionTimeFrom(
    @Args() { sessionId, fromDate, startTime, durationMinutes }: ChangeSessionTimeArgs,
    @Context() { access }: GraphQLContext,
  ) {
    return this.sessionsService.changeTimeFrom(
      sessionId,
      fromDate,
      startTime,
      durationMinutes,
      access,
    );
  }

  @ResolveField(() => [SessionOccurrenceModel], {
    description:
      'The dates not over yet (one under way first), soonest first: moved ones where they went, cancelled ones marked (unless left out).',
  })
  @Allow(Anyone)
  occurrences(@Parent() session: SessionEntity, @Args() args: SessionOccurrencesArgs) {
    // A date under way still counts: people arriving late can say they're there, and check in.
    const underWay = new Date(Date.now() - session.durationMinutes * 60_000);
    return this.sessionsService.occurrences(
      session,
      args.count,
      args.from ?? underWay,
      args.includeCancelled,
    );
  }

  @ResolveField(() => SessionOccurrenceModel, {
    nullable: true,
    description: 'One date by the date its rule gives it, cancelled or moved; null when none.',
  })
  @Allow(Anyone)
  occurrence(@Parent() session: SessionEntity, @Args() { occursOn }: SessionOccurrenceArgs) {
    return this.sessionsService.occurrence(session, occursOn);
  }

  @ResolveField(() => GroupModel)
  @Allow(Anyone)
  group(@Parent() session: SessionEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.byId(GroupEntity).load(session.groupId);
  }

  @ResolveField(() => SpaceModel)
  @Allow(Anyone)
  space(@Parent() session: SessionEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.byId(SpaceEntity).load(session.spaceId);
  }

  @ResolveField(() => [GraphQLISODateTime], {
    description: 'Start times of the next dates (Europe/London rules applied).',
  })
  @Allow(Anyone)
  nextOccurrences(
    @Parent() session: SessionEntity,
    @Args('count', { type: () => Int, defaultValue: 3 }) count: number,
  ) {
    return this.sessionsService
      .nextOccurrences(session, Math.min(Math.max(count, 1), 10))
      .map((o) => o.start);
  }
}

/** Sessions as edges of groups and spaces, batched per request. */
@Resolver(() => GroupModel)
export class GroupSessionsResolver {
  @ResolveField(() => [SessionModel])
  @Allow(Anyone)
  sessions(@Parent() group: GroupEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.manyBy(SessionEntity, 'groupId', { title: 'ASC' }).load(group.id);
  }
}

@Resolver(() => SpaceModel)
export class SpaceSessionsResolver {
  @ResolveField(() => [SessionModel])
  @Allow(Anyone)
  sessions(@Parent() space: SpaceEntity, @Context() { loaders }: GraphQLContext) {
    return loaders.manyBy(SessionEntity, 'spaceId', { title: 'ASC' }).load(space.id);
  }
}
