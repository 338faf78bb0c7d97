import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource, EntityManager, In, IsNull, MoreThan } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { AuditLog } from '../audit/audit-log';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, DATA_SOURCE, LOGGER } from '../database/tokens';
import { DomainError, ErrorCode, badInput } from '../graphql/domain-error';
import { writeProfile } from '../people/profile-writer';
import { HouseholdEntity } from '../people/household.entity';
import { PersonEntity } from '../people/person.entity';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import { AccountEntity } from './account.entity';
import { AuthSessionEntity } from './auth-session.entity';
import type { ChangePasswordInput, ResetPasswordInput, SignUpInput } from './dto/credentials.input';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { PasswordResetEntity } from './password-reset.entity';
import { SESSION_DAYS } from '../access/session-cookie';
import { ipKey } from '../security/rate-limiter';
import { SignInFailureEntity } from './sign-in-failure.entity';
import {
  ACCOUNT_AT_SOURCE_LIMITS,
  ACCOUNT_LIMITS,
  KNOWN_SOURCE_DAYS,
  signInDecision,
  SOURCE_LIMITS,
} from './sign-in-throttle';
import { hashSecret, newSecret } from '../security/tokens';

const RESET_MINUTES = 60;

/** Where a sign-in comes from: the address is throttled, the browser name is shown in "my sessions". */
export interface ClientInfo {
  ip: string;
  userAgent: string;
}

export interface NewSession {
  viewer: Viewer;
  token: string;
  expiresAt: Date;
}

/**
 * What sign-up did: a new account and its session; or, for an email that already has an account,
 * nothing kept, and the profile as it would have been saved, to answer with (docs/security.md).
 */
export type SignUpResult =
  | { kind: 'created'; session: NewSession }
  | { kind: 'taken'; email: string; person: PersonEntity; household: HouseholdEntity | null };

/** Rolls back a sign-up whose email turned out to have an account. */
class EmailTaken extends Error {
  constructor(readonly result: Extract<SignUpResult, { kind: 'taken' }>) {
    super('email taken');
  }
}

const normaliseEmail = (email: string) => email.trim().toLowerCase();
const emailHash = (email: string) =>
  createHash('sha256').update(normaliseEmail(email)).digest('hex');

/** The keys one sign-in's failures count against (sign-in-throttle.ts). */
function failureKeys(email: string, source: string) {
  return {
    accountAtSource: `pair:${emailHash(email)}:${source}`,
    account: `email:${emailHash(email)}`,
    source: `ip:${source}`,
  };
}

/** Where a session began, kept only as a hash salted with the account, so it can be matched but not read. */
const sourceHash = (accountId: string, source: string) =>
  createHash('sha256').update(`${accountId}:${source}`).digest('hex');

/** The uuid no account has: an unknown email takes the same queries as a real one. */
const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/** Accounts, sessions and passwords. */
@Injectable()
export class IdentityService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(MAIL_TRANSPORT) private readonly mail: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Creates the person, their account and a first session together, or nothing at all. An email that
   * already has an account gets no error, which would tell anyone who has an account: the profile is
   * written and rolled back (so its errors and its answer are those of a new account), and the owner
   * is told by mail.
   */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<SignUpResult> {
    if (!input.profile.displayName) throw badInput('displayName is required', 'displayName');
    const email = normaliseEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const person = await writeProfile(manager, manager.create(PersonEntity, {}), input.profile);
        if (await manager.existsBy(AccountEntity, { email })) {
          const household = person.householdId
            ? await manager.findOneBy(HouseholdEntity, { id: person.householdId })
            : null;
          throw new EmailTaken({ kind: 'taken', email, person, household });
        }
        const account = await manager.save(
          AccountEntity,
          manager.create(AccountEntity, { email, passwordHash, personId: person.id, roles: [] }),
        );
        await this.audit.recordOwn(person.id, 'account:created', manager);
        return { kind: 'created', session: await this.startSession(manager, account, client) };
      });
    } catch (error) {
      if (!(error instanceof EmailTaken)) throw error;
      // One mail a day at most, so signing up again and again cannot flood the owner's inbox.
      const [, noticed] = await this.dataSource.query<[unknown[], number]>(
        `UPDATE account SET sign_up_notice_at = now()
          WHERE email = $1
            AND (sign_up_notice_at IS NULL OR sign_up_notice_at < now() - interval '1 day')`,
        [email],
      );
      if (noticed === 0) return error.result;
      await this.mail.send({
        to: email,
        subject: 'Someone tried to sign up to Village with your email address',
        text: `Someone tried to create a new Village account with this email address, which already has one. No account was made and yours is unchanged.\n\nIf it was you, sign in at ${this.config.publicUrl}/sign-in, or ask for a new password at ${this.config.publicUrl}/forgot-password.\n\nIf it was not you, you need do nothing.`,
      });
      return error.result;
    }
  }

  /**
   * Checks the password, slowing down and then locking repeated failures per account at one source,
   * per account everywhere (except at sources the owner has signed in from) and per source
   * (docs/security.md, "Sign-in lock-out"). Unknown emails take the same time and the same path, so
   * sign-in does not reveal who has an account.
   */
  async signIn(email: string, password: string, client: ClientInfo): Promise<NewSession> {
    const source = ipKey(client.ip);
    const keys = failureKeys(email, source);
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneBy({ email: normaliseEmail(email) });
    await this.checkThrottle(keys, account?.id ?? NO_ACCOUNT, source);
    const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
    if (!account || !valid) {
      await this.dataSource
        .getRepository(SignInFailureEntity)
        .insert(Object.values(keys).map((key) => ({ key })));
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'That email and password do not match.');
    }
    // The failures elsewhere stay counted: they may be someone else's guesses.
    await this.dataSource.getRepository(SignInFailureEntity).delete({ key: keys.accountAtSource });
    return this.dataSource.transaction((manager) => this.startSession(manager, account, client));
  }

  private async checkThrottle(
    keys: ReturnType<typeof failureKeys>,
    accountId: string,
    source: string,
  ): Promise<void> {
    const longestWindow = Math.max(
      ACCOUNT_AT_SOURCE_LIMITS.windowMs,
      ACCOUNT_LIMITS.windowMs,
      SOURCE_LIMITS.windowMs,
    );
    const [failures, knownSource] = await Promise.all([
      this.dataSource.getRepository(SignInFailureEntity).find({
        where: {
          key: In(Object.values(keys)),
          at: MoreThan(new Date(Date.now() - longestWindow)),
        },
      }),
      this.dataSource.getRepository(AuthSessionEntity).existsBy({
        accountId,
        sourceHash: sourceHash(accountId, source),
        createdAt: MoreThan(new Date(Date.now() - KNOWN_SOURCE_DAYS * 86_400_000)),
      }),
    ]);
    const at = (key: string) => failures.filter((f) => f.key === key).map((f) => f.at);
    const now = new Date();
    const decision = signInDecision(
      {
        accountAtSource: at(keys.accountAtSource),
        account: at(keys.account),
        source: at(keys.source),
      },
      knownSource,
      now,
    );
    if (decision.kind === 'wait')
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `Too many attempts. Please wait ${decision.seconds} seconds and try again.`,
        undefined,
        { retryAfterSeconds: decision.seconds },
      );
    if (decision.kind === 'locked') {
      const minutes = Math.ceil((decision.until.getTime() - now.getTime()) / 60_000);
      throw new DomainError(
        ErrorCode.ACCOUNT_LOCKED,
        `Too many failed sign-ins. Sign-in is locked for ${minutes} minutes; resetting your password unlocks it sooner.`,
        undefined,
        { lockedUntil: decision.until.toISOString() },
      );
    }
  }

  private async startSession(
    manager: EntityManager,
    account: AccountEntity,
    client: ClientInfo,
  ): Promise<NewSession> {
    const { token, hash } = newSecret();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
    const session = await manager.save(
      AuthSessionEntity,
      manager.create(AuthSessionEntity, {
        accountId: account.id,
        tokenHash: hash,
        userAgent: client.userAgent.slice(0, 200),
        sourceHash: sourceHash(account.id, ipKey(client.ip)),
        lastSeenAt: now,
        expiresAt,
        revokedAt: null,
      }),
    );
    return {
      token,
      expiresAt,
      viewer: {
        accountId: account.id,
        personId: account.personId,
        sessionId: session.id,
        roles: account.roles,
      },
    };
  }

  /** Ends sessions of an account (all, or the ones given) and closes their open sockets everywhere. */
  async endSessions(
    accountId: string,
    sessionIds?: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const open = await manager.find(AuthSessionEntity, {
      where: {
        accountId,
        revokedAt: IsNull(),
        ...(sessionIds ? { id: In(sessionIds) } : {}),
      },
      select: { id: true },
    });
    const ids = open.map((session) => session.id);
    if (ids.length > 0)
      await manager.update(AuthSessionEntity, { id: In(ids) }, { revokedAt: new Date() });
    return ids;
  }

  /** Tells every API process to close sockets of sessions that just ended (after the commit). */
  async announceEnded(sessionIds: string[]): Promise<void> {
    await Promise.all(
      sessionIds.map((sessionId) =>
        this.pubSub.publish(topics.sessionEnded(sessionId), { sessionId }),
      ),
    );
  }

  async revokeSessions(viewer: Viewer, sessionIds?: string[]): Promise<number> {
    const ended = await this.endSessions(viewer.accountId, sessionIds);
    await this.announceEnded(ended);
    return ended.length;
  }

  async emailOf(accountId: string): Promise<string> {
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneByOrFail({ id: accountId });
    return account.email;
  }

  /** Sessions still signed in, newest first. */
  openSessions(accountId: string): Promise<AuthSessionEntity[]> {
    return this.dataSource.getRepository(AuthSessionEntity).find({
      where: { accountId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
  }

  /** Always answers the same way, whether or not the email has an account. */
  async requestPasswordReset(email: string): Promise<void> {
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneBy({ email: normaliseEmail(email) });
    if (!account) return;
    const { token, hash } = newSecret();
    await this.dataSource.getRepository(PasswordResetEntity).insert({
      accountId: account.id,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      usedAt: null,
    });
    // The token travels in the fragment, which browsers never send to servers or in Referer headers.
    const link = `${this.config.publicUrl}/reset-password#token=${token}`;
    await this.mail.send({
      to: account.email,
      subject: 'Reset your Village password',
      text: `Someone asked to reset the password of your Village account. If it was you, open this link within ${RESET_MINUTES} minutes:\n\n${link}\n\nIf it was not you, ignore this email; your password stays the same.`,
      link,
    });
  }

  /** Uses a reset token once: sets the password, ends every session and clears the lock. */
  async resetPassword(input: ResetPasswordInput): Promise<void> {
    const passwordHash = await hashPassword(input.newPassword);
    const ended = await this.dataSource.transaction(async (manager) => {
      const reset = await manager
        .getRepository(PasswordResetEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.token_hash = :hash AND r.used_at IS NULL AND r.expires_at > now()', {
          hash: hashSecret(input.token),
        })
        .getOne();
      if (!reset)
        throw badInput(
          'This reset link has expired or has already been used. Please ask for a new one.',
          'token',
        );
      await manager.update(PasswordResetEntity, { id: reset.id }, { usedAt: new Date() });
      const account = await manager.findOneByOrFail(AccountEntity, { id: reset.accountId });
      await manager.update(AccountEntity, { id: account.id }, { passwordHash });
      // The lock on the account, everywhere and at every source, ends with the reset.
      const keys = failureKeys(account.email, '');
      await manager
        .createQueryBuilder()
        .delete()
        .from(SignInFailureEntity)
        .where('key = :account OR starts_with(key, :atSources)', {
          account: keys.account,
          atSources: keys.accountAtSource,
        })
        .execute();
      await this.audit.recordOwn(account.personId, 'password:reset', manager);
      return this.endSessions(account.id, undefined, manager);
    });
    await this.announceEnded(ended);
  }

  /** Changes the password and ends every other session. */
  async changePassword(viewer: Viewer, input: ChangePasswordInput): Promise<void> {
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneByOrFail({ id: viewer.accountId });
    if (!(await verifyPassword(account.passwordHash, input.currentPassword)))
      throw badInput('Your current password is not right.', 'currentPassword');
    const passwordHash = await hashPassword(input.newPassword);
    const ended = await this.dataSource.transaction(async (manager) => {
      await manager.update(AccountEntity, { id: account.id }, { passwordHash });
      await this.audit.recordOwn(account.personId, 'password:changed', manager);
      const others = await manager.find(AuthSessionEntity, {
        where: { accountId: account.id, revokedAt: IsNull() },
        select: { id: true },
      });
      return this.endSessions(
        account.id,
        others.map((s) => s.id).filter((id) => id !== viewer.sessionId),
        manager,
      );
    });
    await this.announceEnded(ended);
    this.logger.info({ accountId: account.id }, 'password changed');
  }

  async checkPassword(viewer: Viewer, password: string): Promise<boolean> {
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneByOrFail({ id: viewer.accountId });
    return verifyPassword(account.passwordHash, password);
  }
}
