import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OwnAccount, SignedIn } from '../access/policies';
import { Allow } from '../access/policy';
import { UuidPipe } from '../graphql/id.args';
import type { GraphQLContext } from '../graphql/loaders';
import { MeModel } from '../identity/me.model';
import { SessionModel } from '../sessions/session.model';
import { MyCalendarService } from './my-calendar.service';

@Resolver(() => MeModel)
export class MyCalendarResolver {
  constructor(private readonly myCalendar: MyCalendarService) {}

  @Mutation(() => Boolean, {
    description: 'Adds a session to my saved sessions (my private feed).',
  })
  @Allow(SignedIn)
  async saveSession(
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
    @Context() context: GraphQLContext,
  ) {
    await this.myCalendar.save(context.access.viewer!.personId, sessionId);
    return true;
  }

  @Mutation(() => Boolean)
  @Allow(SignedIn)
  async unsaveSession(
    @Args('sessionId', { type: () => ID }, UuidPipe) sessionId: string,
    @Context() context: GraphQLContext,
  ) {
    await this.myCalendar.unsave(context.access.viewer!.personId, sessionId);
    return true;
  }

  @Mutation(() => String, {
    description:
      'A new private calendar address listing my saved sessions, to subscribe to in a calendar app. Shown only now; the previous one stops working.',
  })
  @Allow(SignedIn)
  newMyCalendarFeed(@Context() context: GraphQLContext) {
    return this.myCalendar.newFeed(context.access.viewer!.personId);
  }

  @Mutation(() => Boolean, { description: 'Ends my private calendar address.' })
  @Allow(SignedIn)
  endMyCalendarFeed(@Context() context: GraphQLContext) {
    return this.myCalendar.endFeed(context.access.viewer!.personId);
  }

  @ResolveField(() => [SessionModel], { description: 'Sessions I saved, newest first.' })
  @Allow(OwnAccount)
  savedSessions(@Parent() me: MeModel) {
    return this.myCalendar.saved(me.personId);
  }

  @ResolveField(() => Boolean, { description: 'Whether I have a private calendar address.' })
  @Allow(OwnAccount)
  hasCalendarFeed(@Parent() me: MeModel) {
    return this.myCalendar.hasFeed(me.personId);
  }
}
