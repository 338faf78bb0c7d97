import { Inject, Injectable } from '@nestjs/common';
import { AccountRole } from '@village/shared';
import { DataSource } from 'typeorm';
import { AccessBasisKind } from '../access/access-basis';
import type { RequestAccess } from '../access/request-access';
import { AuditLog } from '../audit/audit-log';
import { findOrNotFound } from '../database/find';
import { DATA_SOURCE } from '../database/tokens';
import { badInput } from '../graphql/domain-error';
import { Page, paginate } from '../graphql/pagination';
import { HelpService } from '../help/help.service';
import { PersonEntity } from '../people/person.entity';
import { PUB_SUB, TypedPubSub } from '../realtime/pub-sub';
import { topics } from '../realtime/topics';
import type {
  RaiseSafeguardingConcernInput,
  SafeguardingConcernsArgs,
  UpdateSafeguardingConcernArgs,
} from './dto/safeguarding.args';
import { ModerationService } from '../moderation/moderation.service';
import { SafeguardingConcernEntity } from './safeguarding-concern.entity';

/**
 * Safeguarding concerns: raised by any member about a person, a post or a message, read and handled
 * by the safeguarding lead(s) only. The audit records never name the person a concern is about, so
 * nothing in their own data-access log tips them off; the lead's reads and changes are recorded
 * against the concern.
 */
@Injectable()
export class SafeguardingService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: TypedPubSub,
    private readonly audit: AuditLog,
    private readonly help: HelpService,
    private readonly moderation: ModerationService,
  ) {}

  async raise(
    access: RequestAccess,
    input: RaiseSafeguardingConcernInput,
  ): Promise<SafeguardingConcernEntity> {
    const me = access.viewer!.personId;
    const concern = input.concern.trim();
    if (concern.length < 10)
      throw badInput(
        'Tell the safeguarding lead a little more (at least 10 characters).',
        'concern',
      );
    // What it is about must be something the person raising it can see.
    if (input.aboutPersonId) {
      const person = await findOrNotFound(
        this.dataSource.manager,
        PersonEntity,
        { id: input.aboutPersonId },
        'person',
      );
      if (person.erasedAt) throw badInput('That account has been closed.', 'aboutPersonId');
    }
    if (input.helpPostId) await this.help.getVisible(input.helpPostId, access);
    if (input.messageId) await this.moderation.messageInMyExchange(access, input.messageId);
    const raised = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(SafeguardingConcernEntity).save({
        raisedByPersonId: me,
        aboutPersonId: input.aboutPersonId ?? null,
        helpPostId: input.helpPostId ?? null,
        exchangeMessageId: input.messageId ?? null,
        concern,
      });
      await this.audit.recordOwn(me, 'safeguarding:concern-raised', manager, {
        purpose: `concern ${saved.id}`,
      });
      return saved;
    });
    await this.pubSub.publish(topics.safeguardingConcernRaised, { concernId: raised.id });
    return raised;
  }

  /**
   * A newly raised concern for a lead's live view, its read audited; null when the viewer is no
   * longer a lead. The role is read from the database for each event, since a live subscription
   * outlasts the session's view of its roles.
   */
  async forLead(
    access: RequestAccess,
    concernId: string,
  ): Promise<SafeguardingConcernEntity | null> {
    const [row] = await this.dataSource.query<{ lead: boolean }[]>(
      `SELECT $2::account_role = ANY(roles) AS lead FROM account WHERE person_id = $1`,
      [access.viewer!.personId, AccountRole.SAFEGUARDING_LEAD],
    );
    if (!row?.lead) return null;
    const concern = await this.dataSource
      .getRepository(SafeguardingConcernEntity)
      .findOneBy({ id: concernId });
    if (concern)
      await this.audit.record(this.leadEvent(access, concern.id, 'read:SafeguardingConcern'));
    return concern;
  }

  mine(personId: string): Promise<SafeguardingConcernEntity[]> {
    return this.dataSource.getRepository(SafeguardingConcernEntity).find({
      where: { raisedByPersonId: personId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  /** For leads: newest first; each concern read is audited before it is returned. */
  async list(
    access: RequestAccess,
    args: SafeguardingConcernsArgs,
  ): Promise<Page<SafeguardingConcernEntity>> {
    const query = this.dataSource
      .getRepository(SafeguardingConcernEntity)
      .createQueryBuilder('c')
      .where('true');
    if (args.status) query.andWhere('c.status = :status', { status: args.status });
    const page = await paginate(query, {
      sortBy: 'c.created_at',
      sortValue: (c) => c.createdAt.toISOString(),
      direction: 'DESC',
      first: args.first,
      after: args.after,
    });
    await this.audit.record(
      page.edges.map(({ node }) => this.leadEvent(access, node.id, 'read:SafeguardingConcern')),
    );
    return page;
  }

  async update(
    access: RequestAccess,
    args: UpdateSafeguardingConcernArgs,
  ): Promise<SafeguardingConcernEntity> {
    return this.dataSource.transaction(async (manager) => {
      const concern = await findOrNotFound(
        manager,
        SafeguardingConcernEntity,
        { id: args.id },
        'safeguarding concern',
      );
      concern.status = args.status;
      if (args.leadNotes != null) concern.leadNotes = args.leadNotes.trim();
      concern.handledByPersonId = access.viewer!.personId;
      const saved = await manager.save(concern);
      await this.audit.record(
        this.leadEvent(access, concern.id, `safeguarding:concern-${args.status.toLowerCase()}`),
        manager,
      );
      return saved;
    });
  }

  private leadEvent(access: RequestAccess, concernId: string, action: string) {
    return {
      actorPersonId: access.viewer!.personId,
      subjectPersonId: null,
      action,
      basis: AccessBasisKind.SAFEGUARDING_LEAD,
      viaGroupId: null,
      purpose: `concern ${concernId}`,
    };
  }
}
