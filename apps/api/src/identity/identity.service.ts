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
import { SignInFailureEntity } from './sign-in-failure.entity';
import { ACCOUNT_LIMITS, ADDRESS_LIMITS, strictest, throttleDecision } from './sign-in-throttle';
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

const normaliseEmail = (email: string) => email.trim().toLowerCase();
const emailKey = (email: string) =>
  `email:${createHash('sha256').update(normaliseEmail(email)).digest('hex')}`;

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

  /** Creates the person, their account and a first session together, or nothing at all. */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<NewSession> {
    if (!input.profile.displayName) throw badInput('displayName is required', 'displayName');
    const email = normaliseEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(AccountEntity, { email }))
        throw new DomainError(
          ErrorCode.CONFLICT,
          'An account with that email already exists. Sign in, or reset your password.',
          'email',
        );
      const person = await writeProfile(manager, manager.create(PersonEntity, {}), input.profile);
      const account = await manager.save(
        AccountEntity,
        manager.create(AccountEntity, { email, passwordHash, personId: person.id, roles: [] }),
      );
      await this.audit.recordOwn(person.id, 'account:created', manager);
      return this.startSession(manager, account, client);
    });
  }

  /**
   * Checks the password, slowing down and then locking repeated failures per account and per address.
   * Unknown emails take the same time and the same path, so sign-in does not reveal who has an account.
   */
  async signIn(email: string, password: string, client: ClientInfo): Promise<NewSession> {
    const keys = [emailKey(email), `ip:${client.ip}`];
    await this.checkThrottle(keys);
    const account = await this.dataSource
      .getRepository(AccountEntity)
      .findOneBy({ email: normaliseEmail(email) });
    const valid = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
    if (!account || !valid) {
      await this.dataSource.getRepository(SignInFailureEntity).insert(keys.map((key) => ({ key })));
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'That email and password do not match.');
    }
    await this.dataSource.getRepository(SignInFailureEntity).delete({ key: keys[0]! });
    return this.dataSource.transaction((manager) => this.startSession(manager, account, client));
  }

  private async checkThrottle([accountKey, addressKey]: string[]): Promise<void> {
    const failures = await this.dataSource.getRepository(SignInFailureEntity).find({
      where: {
        key: In([accountKey, addressKey]),
        at: MoreThan(new Date(Date.now() - ACCOUNT_LIMITS.windowMs)),
      },
    });
    const at = (key: string | undefined) => failures.filter((f) => f.key === key).map((f) => f.at);
    const now = new Date();
    const decision = strictest([
      throttleDecision(at(accountKey), now, ACCOUNT_LIMITS),
      throttleDecision(at(addressKey), now, ADDRESS_LIMITS),
    ]);
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
      await manager.delete(SignInFailureEntity, { key: emailKey(account.email) });
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
