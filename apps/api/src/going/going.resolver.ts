import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Anyone, SignedIn, ThroughParent } from '../access/policies';
import { Allow } from '../access/policy';
import type { GraphQLContext } from '../graphql/loaders';
import { PageArgs } from '../graphql/pagination';
import { SessionEntity } from '../sessions/session.entity';
import { SessionModel, SessionOccurrenceModel } from '../sessions/session.model';
import { SessionOccurrence, SessionsService } from '../sessions/sessions.service';
import { GoToSessionArgs, SessionDateArgs } from './dto/going.args';
import { SessionAttendeesModel, SessionRsvpConnection, SessionRsvpModel } from './dto/going.model';
import { goingLoaders } from './going-loaders';
import { GoingRepository, SessionDate } from './going.repository';
import { GoingService } from './going.service';
import { OrganiserOfSessionGroup } from './going.policies';

/** A SessionOccurrence as the sessions block hands it out: its session is the entity. */
type OccurrenceParent = SessionOccurrence;

const dateOf = (occurrence: OccurrenceParent): SessionDate => ({
  sessionId: occurrence.session.id,
  occursOn: occurrence.occursOn,
});

@Resolver(() => SessionRsvpModel)
export class GoingResolver {
  constructor(
    private readonly going: GoingService,
    private readonly sessions: SessionsService,
  ) {}

  @Mutation(() => SessionRsvpModel, {
    description:
      'I’m going to one date of a session, or on its waiting list when every place is taken. Saying it again only changes whether the organisers may see my name.',
  })
  @Allow(SignedIn)
  goToSession(
    @Args() { sessionId, occursOn, shareNameWithOrganisers }: GoToSessionArgs,
    @Context() context: GraphQLContext,
  ) {
    return this.going.go(
      context.access.viewer!.personId,
      { sessionId, occursOn },
      shareNameWithOrganisers,
    );
  }

  @Mutation(() => Boolean, {
    description:
      'I’m no longer going to (or waiting for) that date; a place I free goes to the first person waiting. False when I was not on its list.',
  })
  @Allow(SignedIn)
  cancelGoing(
    @Args() { sessionId, occursOn }: SessionDateArgs,
    @Context() context: GraphQLContext,
  ) {
    return this.going.cancel(context.access.viewer!.personId, { sessionId, occursOn });
  }

  @Query(() => SessionRsvpConnection, {
    description:
      'Dates I’m going to or waiting for, from today on, soonest first (cancelled ones included and marked).',
  })
  @Allow(SignedIn)
  myUpcomingSessions(@Args() { first, after }: PageArgs, @Context() context: GraphQLContext) {
    return this.going.upcoming(context.access.viewer!.personId, first, after);
  }

  @Query(() => SessionAttendeesModel, {
    description:
      'Who is coming to one date of a session: counts, and the names of those who let the organisers see them (each read is recorded in that person’s data access log).',
  })
  @Allow(OrganiserOfSessionGroup)
  sessionAttendees(
    @Args() { sessionId, occursOn }: SessionDateArgs,
    @Context() context: GraphQLContext,
  ) {
    return this.going.attendees(context.access, { sessionId, occursOn });
  }

  @ResolveField(() => SessionModel)
  @Allow(ThroughParent)
  async session(@Parent() rsvp: SessionRsvpModel, @Context() { loaders }: GraphQLContext) {
    return loaders.byId(SessionEntity).load(rsvp.sessionId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the organisers cancelled this date.' })
  @Allow(ThroughParent)
  async cancelled(@Parent() rsvp: SessionRsvpModel, @Context() { loaders }: GraphQLContext) {
    const session = await loaders.byId(SessionEntity).load(rsvp.sessionId);
    return session ? this.going.isCancelled(session, rsvp.occursOn) : false;
  }

  @ResolveField(() => SessionOccurrenceModel, {
    nullable: true,
    description: 'When the date is (as its rule gives it, even when cancelled).',
  })
  @Allow(ThroughParent)
  async occurrence(
    @Parent() rsvp: SessionRsvpModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OccurrenceParent | null> {
    const session = await loaders.byId(SessionEntity).load(rsvp.sessionId);
    return session && this.sessions.occurrence(session, rsvp.occursOn);
  }
}

/** Going lists as fields of a session's dates, batched per request. */
@Resolver(() => SessionOccurrenceModel)
export class OccurrenceGoingResolver {
  constructor(private readonly repository: GoingRepository) {}

  @ResolveField(() => Int, { description: 'How many people said they are going.' })
  @Allow(Anyone)
  async goingCount(@Parent() occurrence: OccurrenceParent, @Context() context: GraphQLContext) {
    return (await goingLoaders(context, this.repository).counts.load(dateOf(occurrence))).going;
  }

  @ResolveField(() => Int, { description: 'How many people are waiting for a place.' })
  @Allow(Anyone)
  async waitingCount(@Parent() occurrence: OccurrenceParent, @Context() context: GraphQLContext) {
    return (await goingLoaders(context, this.repository).counts.load(dateOf(occurrence))).waiting;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Places a newcomer could still take (after those waiting); null when the session has no capacity.',
  })
  @Allow(Anyone)
  async placesLeft(@Parent() occurrence: OccurrenceParent, @Context() context: GraphQLContext) {
    const { capacity } = occurrence.session;
    if (capacity === null) return null;
    const { going, waiting } = await goingLoaders(context, this.repository).counts.load(
      dateOf(occurrence),
    );
    // Those waiting take any places first (after a raised capacity, at the next answer).
    return Math.max(capacity - going - waiting, 0);
  }

  @ResolveField(() => SessionRsvpModel, {
    nullable: true,
    description: 'Whether I’m going or waiting; null when I said neither.',
  })
  @Allow(SignedIn)
  myRsvp(@Parent() occurrence: OccurrenceParent, @Context() context: GraphQLContext) {
    const viewer = context.access.viewer;
    if (!viewer) return null;
    return goingLoaders(context, this.repository).rsvpOf(viewer.personId).load(dateOf(occurrence));
  }
}
