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
import { SessionsArgs, UpcomingSessionsArgs } from './dto/sessions.args';
import { SessionEntity } from './session.entity';
import { SessionConnection, SessionModel, SessionOccurrenceModel } from './session.model';
import { SessionsService } from './sessions.service';

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
  createSession(@Args('input') input: CreateSessionInput) {
    return this.sessionsService.create(input);
  }

  @Mutation(() => SessionModel)
  @Allow(
    OrganiserOf(
      'the session’s group',
      async ({ args, loaders }) =>
        (await loaders.byId(SessionEntity).load(args['id'] as string))?.groupId,
    ),
  )
  updateSession(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateSessionInput,
  ) {
    return this.sessionsService.update(id, input);
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
