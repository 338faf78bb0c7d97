import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AccountRole } from '@village/shared';
import { Anyone, OwnAccount, SignedIn } from '../access/policies';
import { Allow } from '../access/policy';
import type { Viewer } from '../access/viewer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../database/tokens';
import { UuidPipe } from '../graphql/id.args';
import type { GraphQLContext } from '../graphql/loaders';
import { randomUUID } from 'node:crypto';
import { HouseholdEntity } from '../people/household.entity';
import { PersonEntity } from '../people/person.entity';
import { PersonModel, toPersonModel } from '../people/person.model';
import {
  ChangePasswordInput,
  EmailArgs,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
} from './dto/credentials.input';
import { ClientInfo, IdentityService, NewSession, SignUpResult } from './identity.service';
import { AuthSessionModel, MeModel } from './me.model';
import { clearSessionCookie, setSessionCookie } from '../access/session-cookie';

function clientOf(context: GraphQLContext): ClientInfo {
  return {
    ip: context.req?.ip ?? context.req?.socket.remoteAddress ?? 'unknown',
    userAgent: String(context.req?.headers['user-agent'] ?? ''),
  };
}

const meOf = (viewer: Viewer): MeModel => ({
  accountId: viewer.accountId,
  personId: viewer.personId,
  sessionId: viewer.sessionId,
});

/** Signing up, in and out, passwords and my sessions. */
@Resolver(() => MeModel)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => MeModel, { nullable: true, description: 'The signed-in account, or null.' })
  @Allow(Anyone)
  me(@Context() context: GraphQLContext): MeModel | null {
    const viewer = context.access.viewer;
    return viewer ? meOf(viewer) : null;
  }

  @Mutation(() => MeModel, {
    description:
      'Creates an account and signs in (sets the session cookie). Anyone may call it. An email that already has an account gets the same answer, without a session, and its owner an email.',
  })
  @Allow(Anyone)
  async signUp(@Args('input') input: SignUpInput, @Context() context: GraphQLContext) {
    const result = await this.identity.signUp(input, clientOf(context));
    return result.kind === 'created'
      ? this.begin(result.session, context)
      : this.asIfNew(result, context);
  }

  /** A new account's answer, from the profile that was rolled back: the same fields, the same values. */
  private asIfNew(
    result: Extract<SignUpResult, { kind: 'taken' }>,
    context: GraphQLContext,
  ): MeModel {
    context.loaders.byId(PersonEntity).prime(result.person.id, result.person);
    if (result.household)
      context.loaders.byId(HouseholdEntity).prime(result.household.id, result.household);
    const viewer: Viewer = {
      accountId: randomUUID(),
      personId: result.person.id,
      sessionId: randomUUID(),
      roles: [],
    };
    context.access = context.access.as(viewer);
    return {
      ...meOf(viewer),
      unsaved: {
        email: result.email,
        userAgent: clientOf(context).userAgent,
        createdAt: new Date(),
      },
    };
  }

  @Mutation(() => MeModel, { description: 'Signs in (sets the session cookie).' })
  @Allow(Anyone)
  async signIn(@Args('input') input: SignInInput, @Context() context: GraphQLContext) {
    return this.begin(
      await this.identity.signIn(input.email, input.password, clientOf(context)),
      context,
    );
  }

  private begin(session: NewSession, context: GraphQLContext): MeModel {
    if (context.res)
      setSessionCookie(context.res, session.token, session.expiresAt, this.config.secureCookies);
    // The rest of this response (the fields of Me) is answered as the new viewer.
    context.access = context.access.as(session.viewer);
    return meOf(session.viewer);
  }

  @Mutation(() => Boolean, { description: 'Ends this session.' })
  @Allow(SignedIn)
  async signOut(@Context() context: GraphQLContext) {
    const viewer = context.access.viewer!;
    await this.identity.revokeSessions(viewer, [viewer.sessionId]);
    if (context.res) clearSessionCookie(context.res, this.config.secureCookies);
    context.access = context.access.as(null);
    return true;
  }

  @Mutation(() => Int, { description: 'Ends every session of my account, this one too.' })
  @Allow(SignedIn)
  async signOutEverywhere(@Context() context: GraphQLContext) {
    const ended = await this.identity.revokeSessions(context.access.viewer!);
    if (context.res) clearSessionCookie(context.res, this.config.secureCookies);
    context.access = context.access.as(null);
    return ended;
  }

  @Mutation(() => Boolean, { description: 'Ends one of my sessions (a lost phone, say).' })
  @Allow(SignedIn)
  async revokeSession(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Context() context: GraphQLContext,
  ) {
    return (await this.identity.revokeSessions(context.access.viewer!, [id])) === 1;
  }

  @Mutation(() => Boolean, {
    description:
      'Emails a single-use reset link if the address has an account. Always true, so it reveals nothing.',
  })
  @Allow(Anyone)
  async requestPasswordReset(@Args() { email }: EmailArgs) {
    await this.identity.requestPasswordReset(email);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with an emailed token; ends every session.',
  })
  @Allow(Anyone)
  async resetPassword(@Args('input') input: ResetPasswordInput) {
    await this.identity.resetPassword(input);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes my password; ends my other sessions.' })
  @Allow(SignedIn)
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @Context() context: GraphQLContext,
  ) {
    await this.identity.changePassword(context.access.viewer!, input);
    return true;
  }

  @ResolveField(() => PersonModel)
  @Allow(OwnAccount)
  async person(@Parent() me: MeModel, @Context() { loaders }: GraphQLContext) {
    const person = await loaders.byId(PersonEntity).load(me.personId);
    return toPersonModel(person!);
  }

  @ResolveField(() => String)
  @Allow(OwnAccount)
  email(@Parent() me: MeModel) {
    return me.unsaved?.email ?? this.identity.emailOf(me.accountId);
  }

  @ResolveField(() => [AccountRole])
  @Allow(OwnAccount)
  roles(@Context() context: GraphQLContext) {
    return context.access.viewer?.roles ?? [];
  }

  @ResolveField(() => [AuthSessionModel], { description: 'My signed-in sessions, newest first.' })
  @Allow(OwnAccount)
  async sessions(@Parent() me: MeModel): Promise<AuthSessionModel[]> {
    const { unsaved } = me;
    const sessions = unsaved
      ? [
          {
            id: me.sessionId,
            accountId: me.accountId,
            userAgent: unsaved.userAgent,
            createdAt: unsaved.createdAt,
            lastSeenAt: unsaved.createdAt,
          },
        ]
      : await this.identity.openSessions(me.accountId);
    return sessions.map((session) => ({
      id: session.id,
      userAgent: session.userAgent,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      current: session.id === me.sessionId,
      accountId: session.accountId,
    }));
  }
}
